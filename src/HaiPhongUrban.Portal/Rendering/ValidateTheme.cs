using HaiPhongUrban.Portal.Model;
using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Kernel.Theme;
using HaiPhongUrban.Portal.Sections;
using System.Text.RegularExpressions;

namespace HaiPhongUrban.Portal.Rendering;

/// <summary>
/// Checks the theme against what the render stage needs: every layout present, and every interface
/// string a template names (<c>t.nav.home</c>) or a vocabulary needs (<c>kinds.limitation</c>)
/// defined in the site language's strings — a missing one would otherwise render as nothing — and
/// every strings file as complete as vi.yml (<see cref="CheckTranslations"/>).
/// </summary>
public static partial class ValidateTheme
{
    /// <param name="sections">Whose layouts and strings the theme must have.</param>
    public static void Run(ThemeFiles theme, string language, IReadOnlyList<ISection> sections, DiagnosticBag diagnostics)
    {
        foreach (var layout in RequiredLayouts(sections).Where(l => !theme.Layouts.ContainsKey(l)))
        {
            diagnostics.Error(SourceLocation.StartOf(Path.Combine(theme.Directory, "layouts", layout + ".liquid")), Messages.FileMissing, $"layouts/{layout}.liquid");
        }

        var assetNames = theme.Assets.Select(a => a.FileName).ToHashSet(StringComparer.Ordinal);
        foreach (var asset in PublishStaticFiles.RequiredAssets.Where(a => !assetNames.Contains(a)))
        {
            diagnostics.Error(SourceLocation.StartOf(Path.Combine(theme.Directory, "assets", asset)), Messages.FileMissing, $"assets/{asset}");
        }

        // Catalogues and the search index describe the content in its own language, whatever the
        // interface's, so the content language's strings are needed by every build.
        if (language != SiteSettings.ContentLanguage && !theme.Strings.ContainsKey(SiteSettings.ContentLanguage)
            && !File.Exists(Path.Combine(theme.Directory, "i18n", SiteSettings.ContentLanguage + ".yml")))
        {
            diagnostics.Error(SourceLocation.StartOf(Path.Combine(theme.Directory, "i18n", SiteSettings.ContentLanguage + ".yml")), Messages.FileMissing, $"i18n/{SiteSettings.ContentLanguage}.yml");
        }

        CheckTranslations.Run(theme, language, diagnostics);

        if (!theme.Strings.TryGetValue(language, out var strings))
        {
            return; // reported against site.yml by ValidateSettings
        }

        var fileName = Path.GetFileName(strings.FilePath);
        var reference = theme.Strings.GetValueOrDefault(SiteSettings.ContentLanguage);
        foreach (var template in theme.Layouts.Values.Concat(theme.Partials.Values))
        {
            foreach (Match match in StringReference().Matches(template.Text))
            {
                var key = match.Groups["key"].Value;

                // Liquid answers 'size', 'first' and 'last' on any mapping itself (67 keys, not the
                // word "Dung lượng"), so a string of that name could never be shown.
                if (LiquidOwnNames.Contains(key[(key.LastIndexOf('.') + 1)..]))
                {
                    diagnostics.Error(LocationOf(template, match.Groups["key"].Index), Messages.StringNameReserved, key);
                    continue;
                }

                // A key vi.yml has but a translation lacks is CheckTranslations' report: one error per cause.
                if (!Defines(strings, key) && (reference is null || ReferenceEquals(reference, strings) || !Defines(reference, key)))
                {
                    diagnostics.Error(LocationOf(template, match.Groups["key"].Index), Messages.StringMissing, key, fileName);
                }
            }
        }

        var vocabularyKeys = sections.SelectMany(s => s.Claims.RequiredStrings)
            .Concat(SitePages.RequiredStrings)
            .Concat(sections.SelectMany(s => s.Claims.SearchKinds).Select(k => "search.kinds." + k));
        // Against vi.yml when there is one: catalogues and the search index take these words from it,
        // and CheckTranslations has reported any of them another language's file lacks.
        var vocabularyTable = reference ?? strings;
        foreach (var key in vocabularyKeys.Where(k => !vocabularyTable.Keys.Contains(k)))
        {
            diagnostics.Error(SourceLocation.StartOf(vocabularyTable.FilePath), Messages.StringMissing, key, Path.GetFileName(vocabularyTable.FilePath));
        }
    }

    /// <summary>The layouts the generator renders with: the site's own and every section's, in the sections' order.</summary>
    public static IReadOnlyList<string> RequiredLayouts(IReadOnlyList<ISection> sections) =>
        [.. SitePages.Layouts, .. sections.SelectMany(s => s.Claims.Layouts)];

    private static bool Defines(StringTable table, string key) =>
        table.Keys.Contains(key) || table.Keys.Any(k => k.StartsWith(key + ".", StringComparison.Ordinal));

    private static readonly HashSet<string> LiquidOwnNames = new(StringComparer.Ordinal) { "size", "first", "last" };

    private static SourceLocation LocationOf(TemplateSource template, int index)
    {
        var before = template.Text.AsSpan(0, index);
        var line = before.Count('\n') + 1;
        var column = index - (before.LastIndexOf('\n') + 1) + 1;
        return new SourceLocation(template.FilePath, line, column);
    }

    /// <summary><c>t.</c> followed by a dotted key, not preceded by a letter (so <c>item.t.x</c> does not count).</summary>
    [GeneratedRegex(@"(?<![\w.])t\.(?<key>[a-z0-9_]+(?:\.[a-z0-9_]+)*)")]
    private static partial Regex StringReference();
}
