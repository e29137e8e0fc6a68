using HaiPhongUrban.Portal.Kernel.Caching;
using HaiPhongUrban.Portal.Sections.Views;
using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Kernel.Theme;
using HaiPhongUrban.Portal.Rendering.Views;
using HaiPhongUrban.Portal.Sections;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using Fluid;
using Fluid.Values;

namespace HaiPhongUrban.Portal.Rendering;

/// <summary>
/// The theme's Liquid templates, parsed once by one <see cref="FluidParser"/> and rendered many times
/// in parallel (parsed Fluid templates are immutable). Output is HTML-encoded with an encoder that
/// leaves Vietnamese letters as they are; only <c>content</c> (the rendered layout) is inserted raw.
/// </summary>
public sealed partial class TemplateEngine
{
    private static readonly FluidParser Parser = new();
    private static readonly TextEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly TemplateOptions _options;
    private readonly IReadOnlyDictionary<string, (IFluidTemplate Template, string Path)> _layouts;

    /// <summary>
    /// Each table of interface strings as Fluid's own values, made once for every page: given the plain
    /// dictionaries, Fluid wrapped each nested table and each string again at every <c>t.a.b</c> a page reads
    /// (a few dozen on every one of 10,000 pages). The values never change, so every render shares them.
    /// </summary>
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<IReadOnlyDictionary<string, object>, FluidValue> _strings = new();

    private TemplateEngine(TemplateOptions options, IReadOnlyDictionary<string, (IFluidTemplate, string)> layouts)
    {
        _options = options;
        _layouts = layouts;
    }

    /// <summary>
    /// <see cref="Compile(ThemeFiles, DiagnosticBag)"/>, reused within a <c>serve</c> session while no layout or
    /// partial changes (parsing the theme is a quarter of a second a rebuild need not spend). The same text
    /// gives the same errors, so a theme kept with its errors reports them again each time.
    /// </summary>
    public static TemplateEngine? Compile(ThemeFiles theme, DiagnosticBag diagnostics, WorkCache cache)
    {
        using var key = new CacheKey();
        foreach (var source in theme.Layouts.Values.Concat(theme.Partials.Values))
        {
            key.Add(source.Name).Add(source.FilePath).Add(source.Text);
        }

        var compiled = cache.Remember(CompiledKind, key.Finish(), () =>
        {
            var own = new DiagnosticBag();
            return new Compiled(Compile(theme, own), own);
        });
        diagnostics.AddAll(compiled.Problems);
        return compiled.Engine;
    }

    private const string CompiledKind = "templates";

    /// <summary>A parsed theme as the cache keeps it: the engine (null when a template did not parse) and what parsing reported.</summary>
    private sealed record Compiled(TemplateEngine? Engine, DiagnosticBag Problems);

    /// <summary>Parses every layout and partial; null (with every syntax error reported) if any fails.</summary>
    public static TemplateEngine? Compile(ThemeFiles theme, DiagnosticBag diagnostics)
    {
        var layouts = new Dictionary<string, (IFluidTemplate, string)>(StringComparer.Ordinal);
        var failed = false;
        foreach (var source in theme.Layouts.Values.Concat(theme.Partials.Values))
        {
            if (Parser.TryParse(source.Text, out var template, out var error))
            {
                if (theme.Layouts.ContainsKey(source.Name) && theme.Layouts[source.Name] == source)
                {
                    layouts[source.Name] = (template, source.FilePath);
                }
            }
            else
            {
                failed = true;
                diagnostics.Error(LocationOf(source.FilePath, error), Messages.TemplateSyntax, error.Split('\n')[0].Trim());
            }
        }

        if (failed)
        {
            return null;
        }

        var options = new TemplateOptions
        {
            FileProvider = new ThemeFileProvider(theme.Partials),
            StrictVariables = true,
            StrictFilters = true,
            CultureInfo = CultureInfo.InvariantCulture,
            TimeZone = TimeZoneInfo.Utc,
        };
        options.MemberAccessStrategy.MemberNameStrategy = MemberNameStrategies.CamelCase;
        // Every view model a template may read lives in a namespace named Views (the shared ones beside
        // the section contract, each section's own in its folder): templates can read nothing else.
        foreach (var type in typeof(PageView).Assembly.GetTypes().Where(t => t.IsPublic && t.Namespace?.EndsWith(".Views", StringComparison.Ordinal) == true))
        {
            options.MemberAccessStrategy.Register(type);
        }

        return new TemplateEngine(options, layouts);
    }

    /// <summary>
    /// Renders the page's layout, then <c>base</c> around it. Both share one context, so a layout can
    /// <c>assign</c> the values the base layout reads (such as <c>title</c>).
    /// </summary>
    public string Render(PageToRender page, SiteView site, IReadOnlyDictionary<string, object> strings)
    {
        var context = new TemplateContext(_options);
        context.SetValue("site", site);
        context.SetValue("page", page.Page);
        context.SetValue("data", page.Data);
        context.SetValue("panels", page.Panels);
        context.SetValue("t", _strings.GetValue(strings, ToFluid));

        var body = _layouts[page.Layout].Template.Render(context, Encoder, isolateContext: false);
        context.SetValue("content", new StringValue(body, encode: false));
        return _layouts[RenderPages.BaseLayout].Template.Render(context, Encoder, isolateContext: false);
    }

    public string LayoutPath(string layout) => _layouts[layout].Path;

    /// <summary>A table of strings (<see cref="Kernel.Theme.LoadTheme"/> makes only strings and nested tables) as Fluid values.</summary>
    private static FluidValue ToFluid(IReadOnlyDictionary<string, object> table) =>
        new DictionaryValue(new FluidValueDictionaryFluidIndexable(table.ToDictionary(
            entry => entry.Key,
            entry => entry.Value switch
            {
                IReadOnlyDictionary<string, object> nested => ToFluid(nested),
                string text => new StringValue(text),
                var other => throw new InvalidOperationException($"An interface string table holds a {other.GetType().Name}."),
            },
            StringComparer.Ordinal)));

    /// <summary>Fluid reports positions as "(line:column)" inside its message.</summary>
    private static SourceLocation LocationOf(string path, string error)
    {
        var match = Position().Match(error);
        return match.Success
            ? new SourceLocation(path, int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture))
            : SourceLocation.StartOf(path);
    }

    [GeneratedRegex(@"\((\d+):(\d+)\)")]
    private static partial Regex Position();
}
