using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Kernel.Urls;

namespace HaiPhongUrban.Portal.Rendering;

/// <summary>
/// Stage 7, check: every internal link of the rendered site leads to a page or file that the build
/// produced, and every <c>#anchor</c> to an id on that page. Each page's ids must also be unique.
/// A broken link is reported at the line of the content file that contains it, when it can be found.
/// </summary>
public static class CheckLinks
{
    private static readonly Uri SiteRoot = new("https://portal.invalid/");

    public static void Run(IReadOnlyList<RenderedLinks> pages, IReadOnlyCollection<string> fileUrls, DiagnosticBag diagnostics)
    {
        var anchors = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var sources = new SourceTextCache();
        foreach (var page in pages)
        {
            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var id in page.Ids.Where(id => !ids.Add(id)))
            {
                // Headings' ids never collide with each other; one that meets an id of the layout is
                // reported at the heading, which is what staff can rename.
                diagnostics.Error(sources.LocateHeading(page.SourcePath, id), Messages.IdRenderedTwice, page.Url, id);
            }

            anchors[page.Url] = ids;
        }

        var files = fileUrls.ToHashSet(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            foreach (var href in page.Hrefs.Distinct(StringComparer.Ordinal))
            {
                if (!Uri.TryCreate(new Uri(SiteRoot, page.Url), href, out var target) || target.Host != SiteRoot.Host)
                {
                    continue; // another site: not ours to check
                }

                var path = Uri.UnescapeDataString(target.AbsolutePath);
                var fragment = Uri.UnescapeDataString(target.Fragment.TrimStart('#'));
                if (path.EndsWith("/index.html", StringComparison.Ordinal))
                {
                    path = path[..^"index.html".Length];
                }

                if (anchors.TryGetValue(path, out var ids))
                {
                    if (fragment.Length > 0 && !ids.Contains(fragment))
                    {
                        diagnostics.Error(sources.Locate(page.SourcePath, href), Messages.AnchorBroken, href, page.Url, fragment);
                    }
                }
                else if (!files.Contains(path))
                {
                    diagnostics.Error(sources.Locate(page.SourcePath, href), Messages.LinkBroken, href, page.Url);
                }
            }
        }
    }

    /// <summary>Finds where a link is written in its content file; the file's start when it is not there verbatim.</summary>
    private sealed class SourceTextCache
    {
        private readonly Dictionary<string, string[]> _lines = new(StringComparer.Ordinal);

        /// <summary>The Markdown heading ("## Nội dung") whose words make <paramref name="id"/>; the file's start when there is none.</summary>
        public SourceLocation LocateHeading(string path, string id)
        {
            var lines = Lines(path);
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i].TrimStart();
                if (line.StartsWith('#') && Slug.From(line.TrimStart('#')) is { Length: > 0 } own
                    && (own == id || (id.StartsWith(own + "-", StringComparison.Ordinal) && int.TryParse(id[(own.Length + 1)..], out _))))
                {
                    return new SourceLocation(path, i + 1, lines[i].Length - line.Length + 1);
                }
            }

            return SourceLocation.StartOf(path);
        }

        private string[] Lines(string path)
        {
            if (!_lines.TryGetValue(path, out var lines))
            {
                lines = File.Exists(path) ? File.ReadAllLines(path) : [];
                _lines[path] = lines;
            }

            return lines;
        }

        public SourceLocation Locate(string path, string href)
        {
            var lines = Lines(path);

            for (var i = 0; i < lines.Length; i++)
            {
                var column = lines[i].IndexOf(href, StringComparison.Ordinal);
                if (column >= 0)
                {
                    return new SourceLocation(path, i + 1, column + 1);
                }
            }

            return SourceLocation.StartOf(path);
        }
    }
}
