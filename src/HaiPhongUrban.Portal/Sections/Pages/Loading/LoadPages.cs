using HaiPhongUrban.Portal.Kernel.Caching;
using HaiPhongUrban.Portal.Kernel.Files;
using HaiPhongUrban.Portal.Kernel.Markdown;
using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Sections.Pages.Content;

namespace HaiPhongUrban.Portal.Sections.Pages.Loading;

/// <summary>
/// Reads the Markdown pages of <c>content/pages/</c>. Each file becomes the page <c>/&lt;file-name&gt;/</c>;
/// its front matter (between two <c>---</c> lines) gives the title, a description, the layout and,
/// optionally, the date it was last <c>updated</c>.
/// </summary>
public static class LoadPages
{
    public const string DefaultLayout = "page";

    public static IReadOnlyList<RawPage> Load(string folder, DiagnosticBag diagnostics, WorkCache? cache = null)
    {
        cache ??= WorkCache.None;
        // Ordinal order: the same pages in the same order whatever the file system returns; 'x.MD' is a page too.
        // Read and parsed in parallel (a city's thousands of pages would take one core seconds), each
        // file into a bag of its own, then pages and problems joined in that order: the result and the
        // problems are those of reading the files one after another.
        var loaded = FilesNamed.In(folder, ".md", diagnostics)
            .AsParallel()
            .AsOrdered()
            .Select(path =>
            {
                // In a serve session a file not saved since the last rebuild is not read again (the session
                // forgets each path its watcher reports); otherwise the page may come from the build cache, by
                // the hash of its path and text.
                return cache.Remember(LoadedKind, path, () =>
                {
                    var own = new DiagnosticBag();
                    return new LoadedPage(LoadOne(path, own, cache), own);
                });
            })
            .ToList();
        foreach (var page in loaded)
        {
            diagnostics.AddAll(page.Diagnostics);
        }

        return loaded.Select(l => l.Page).OfType<RawPage>().ToList();
    }

    private const string LoadedKind = "page-file";

    /// <summary>A page file as one load left it: the page (null when it could not be read) and its problems.</summary>
    private sealed record LoadedPage(RawPage? Page, DiagnosticBag Diagnostics);

    /// <summary>
    /// The page in the file, from the build cache when an earlier run read the same text at the same path
    /// without a problem (a page with one is read again, so its problems are reported again).
    /// </summary>
    private static RawPage? LoadOne(string path, DiagnosticBag diagnostics, WorkCache cache)
    {
        var text = ReadTextFile.Read(path, diagnostics);
        if (text is null)
        {
            return null;
        }

        var own = new DiagnosticBag();
        var page = cache.GetOrAdd(RawPageCodec.Kind, () => CacheKey.Of(path, text), () => Parse(path, text, own) ?? Unreadable, RawPageCodec.Codec, keep: _ => !own.Sorted().Any());
        diagnostics.AddAll(own);
        return ReferenceEquals(page, Unreadable) ? null : page;
    }

    /// <summary>What <see cref="Parse"/> gives for a file it cannot make a page of (never kept: it always has a problem).</summary>
    private static readonly RawPage Unreadable = new(string.Empty, string.Empty, string.Empty, string.Empty, new Located<string>(string.Empty, SourceLocation.StartOf(string.Empty)), new ParsedMarkdown(string.Empty, [], [], [], false), 0);

    /// <summary>The page in <paramref name="text"/>; its front matter read plainly when it can be (<see cref="PlainFrontMatter"/>), else as YAML.</summary>
    internal static RawPage? Parse(string path, string text, DiagnosticBag diagnostics, bool plainFrontMatter = true)
    {
        if (FrontMatterEnd(text) is not var (closing, bodyStart))
        {
            diagnostics.Error(SourceLocation.StartOf(path), Messages.FrontMatterMissing);
            return null;
        }

        // Only the front matter is cut into lines; the body is the rest of the text as it is.
        var lines = text[..bodyStart].Split('\n');

        var fields = (plainFrontMatter ? PlainFrontMatter.Read(path, lines, closing) : null) ?? FromYaml(path, lines, closing, diagnostics);
        if (fields is null)
        {
            return null;
        }

        return new RawPage(
            path,
            Path.GetFileNameWithoutExtension(path),
            fields.Title,
            fields.Description,
            // No layout named: the default, placed where the YAML reading places it, at the mapping's start,
            // which front matter read the plain way always has on the file's second line.
            fields.Layout ?? new Located<string>(DefaultLayout, new SourceLocation(path, 2, 1)),
            ParsedMarkdown.Of(text[bodyStart..]),
            closing + 1,
            fields.Updated);
    }

    /// <summary>
    /// Where the front matter ends: the index of its closing <c>---</c> line (the file's first line opens it)
    /// and where the line after it starts; null when the file does not open with <c>---</c> or never closes it.
    /// Read line by line without cutting the file into lines: that, and joining the body's lines again, was
    /// two copies of every page and a string of each of its lines.
    /// </summary>
    private static (int Closing, int BodyStart)? FrontMatterEnd(string text)
    {
        var index = 0;
        var start = 0;
        while (true)
        {
            var end = text.IndexOf('\n', start);
            var line = text.AsSpan(start, (end < 0 ? text.Length : end) - start).TrimEnd('\r');
            if (line.SequenceEqual("---"))
            {
                if (index > 0)
                {
                    return (index, end < 0 ? text.Length : end + 1);
                }
            }
            else if (index == 0)
            {
                return null;
            }

            if (end < 0)
            {
                return null;
            }

            start = end + 1;
            index++;
        }
    }

    /// <summary>The front matter read as YAML, every problem reported where it is; null when it is not a mapping.</summary>
    private static PlainFrontMatter.Fields? FromYaml(string path, string[] lines, int closing, DiagnosticBag diagnostics)
    {
        var frontMatter = string.Join('\n', lines[1..closing]);
        var map = YamlMap.From(ParseYaml.Parse(path, frontMatter, diagnostics, lineOffset: 1), path, diagnostics, "front matter", lineOffset: 1);
        if (map is null)
        {
            return null;
        }

        map.AllowOnly("title", "description", "layout", "updated");
        var layout = map.Text("layout", required: false);
        return new PlainFrontMatter.Fields(
            map.Text("title", required: true) ?? string.Empty,
            map.Text("description", required: false) ?? string.Empty,
            new Located<string>(layout ?? DefaultLayout, layout is null ? map.Location : map.ValueLocationOf("layout")),
            map.Date("updated", required: false));
    }
}
