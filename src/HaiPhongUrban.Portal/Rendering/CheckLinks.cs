using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Kernel.Urls;

namespace HaiPhongUrban.Portal.Rendering;

/// <summary>
/// Stage 7, check: every internal link of the rendered site leads to a page or file that the build
/// produced, and every <c>#anchor</c> to an id on that page. Each page's ids must also be unique.
/// Links are followed as they were written and as a browser follows them in the build's <see cref="LinkMode"/>:
/// from a web server for the served site, where '/x/' is the page '/x/'; from a folder on disk for the
/// disk copy, where only a file is a page ('/x/index.html') and a link from the root of the disk leaves the copy.
/// A broken link is reported at the line of the content file that contains it, when it can be found.
/// </summary>
public static class CheckLinks
{
    private static readonly Uri SiteRoot = new("https://portal.invalid/");

    /// <summary>The disk copy's folder as a browser names it: a link from the root of the disk ends outside it.</summary>
    private static readonly Uri DiskFolder = new("file:///disk-copy/");

    /// <param name="checkFrom">
    /// The pages whose links and ids are checked, every page when null: a <c>serve</c> rebuild checks the
    /// pages the saved files changed and those linking to them, against the anchors of every page.
    /// </param>
    public static void Run(IReadOnlyList<RenderedLinks> pages, IReadOnlyCollection<string> fileUrls, DiagnosticBag diagnostics, LinkMode mode, IReadOnlySet<string>? checkFrom = null)
    {
        var anchors = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        var sources = new SourceTextCache();
        foreach (var page in pages)
        {
            if (checkFrom is null || checkFrom.Contains(page.Url))
            {
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var id in page.Ids.Where(id => !seen.Add(id)))
                {
                    // Headings' ids never collide with each other; one that meets an id of the layout is
                    // reported at the heading, which is what staff can rename.
                    diagnostics.Error(sources.LocateHeading(page.SourcePath, id), Messages.IdRenderedTwice, page.Url, id);
                }
            }

            anchors[mode == LinkMode.Disk ? "/" + UrlPath.OutputFile(page.Url) : page.Url] = PageIds.Of(page);
        }

        var files = fileUrls.ToHashSet(StringComparer.Ordinal);
        var targets = new Targets(mode);
        foreach (var page in pages.Where(p => checkFrom is null || checkFrom.Contains(p.Url)))
        {
            foreach (var link in page.Links.DistinctBy(l => l.Href, StringComparer.Ordinal))
            {
                if (targets.Of(page.Url, link.Href) is not { } target)
                {
                    continue; // another site: not ours to check
                }

                var (path, fragment) = target;

                if (anchors.TryGetValue(path, out var ids))
                {
                    if (fragment.Length > 0 && !ids.Contains(fragment))
                    {
                        diagnostics.Error(sources.Locate(page.SourcePath, link.Authored), Messages.AnchorBroken, link.Authored, page.Url, fragment);
                    }
                }
                else if (!files.Contains(path))
                {
                    diagnostics.Error(sources.Locate(page.SourcePath, link.Authored), Messages.LinkBroken, link.Authored, page.Url);
                }
            }
        }
    }

    /// <summary>The address a link of the page leads to within the site (a page's URL or a file's), null when it leaves the site.</summary>
    public static string? TargetPath(string pageUrl, string href, LinkMode mode) => Target(pageUrl, href, mode)?.Path;

    /// <summary>
    /// Where <paramref name="href"/> on the page at <paramref name="pageUrl"/> leads: the address from the site's
    /// root ("/x/", or "/x/index.html" on disk) and the anchor, unescaped; "" for a link from the disk copy to
    /// a file outside it, which is no page; null for another site.
    /// </summary>
    private static (string Path, string Fragment)? Target(string pageUrl, string href, LinkMode mode)
    {
        if (mode == LinkMode.Served)
        {
            if (!Uri.TryCreate(new Uri(SiteRoot, pageUrl), href, out var served) || served.Host != SiteRoot.Host)
            {
                return null;
            }

            // A server answers '/x/index.html' with the page '/x/'.
            var path = Uri.UnescapeDataString(served.AbsolutePath);
            return (path.EndsWith("/index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path, Anchor(served));
        }

        if (!Uri.TryCreate(new Uri(DiskFolder, UrlPath.OutputFile(pageUrl)), href, out var onDisk) || !onDisk.IsFile)
        {
            return null;
        }

        var inside = onDisk.AbsolutePath.StartsWith(DiskFolder.AbsolutePath, StringComparison.Ordinal);
        return (inside ? Uri.UnescapeDataString(onDisk.AbsolutePath[(DiskFolder.AbsolutePath.Length - 1)..]) : string.Empty, Anchor(onDisk));
    }

    /// <summary>
    /// <see cref="Target"/>, worked out once for each link from the root of the served site ('/x/#y', '//host/'):
    /// it leads to the same place from every page, and parsing the menu's and footer's links again as URIs on
    /// each of 10,000 pages was most of the check's time. Any other link depends on its page.
    /// </summary>
    private sealed class Targets(LinkMode mode)
    {
        private readonly Dictionary<string, (string Path, string Fragment)?> _fromRoot = new(StringComparer.Ordinal);

        public (string Path, string Fragment)? Of(string pageUrl, string href)
        {
            if (mode != LinkMode.Served || !href.StartsWith('/'))
            {
                return Target(pageUrl, href, mode);
            }

            if (!_fromRoot.TryGetValue(href, out var target))
            {
                target = Target(pageUrl, href, mode);
                _fromRoot[href] = target;
            }

            return target;
        }
    }

    private static string Anchor(Uri target) => Uri.UnescapeDataString(target.Fragment.TrimStart('#'));

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
