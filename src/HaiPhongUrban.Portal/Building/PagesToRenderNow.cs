using HaiPhongUrban.Portal.Kernel.Urls;
using HaiPhongUrban.Portal.Rendering;
using HaiPhongUrban.Portal.Sections;
using System.Runtime.CompilerServices;

namespace HaiPhongUrban.Portal.Building;

/// <summary>
/// Which pages a <c>serve</c> rebuild renders at once, and which it link-checks; every other page is rendered
/// when the browser asks for it, and keeps the links the last build found in it.
/// <list type="bullet">
/// <item>Rendered now: every page made from a saved file, the pages sections say show what it holds
/// (<see cref="ISection.PagesShowing"/>), pages new since the last build, and the pages that linked to a page
/// that is gone (their links may have gone with it).</item>
/// <item>Checked: those, and every page whose links lead to one of them, so that a link or anchor broken by the
/// save is reported in the same rebuild.</item>
/// </list>
/// Null, a whole rebuild, when the save cannot be traced to pages: a theme file, a folder, site.yml and other
/// files no page names as its source (a dataset's CSV is read by several), or the first build. Links are
/// followed as the served site has them: <c>serve</c> is never a disk copy.
/// </summary>
public static class PagesToRenderNow
{
    /// <summary>The two sets of page URLs: <see cref="Render"/> is part of <see cref="Check"/>.</summary>
    public sealed record Scope(IReadOnlySet<string> Render, IReadOnlySet<string> Check);

    /// <param name="everyPage">Content files every page depends on (site.yml: the site's name, menus, languages).</param>
    public static Scope? Of(PreviousPreview? since, IReadOnlyList<PageToRender> pages, IReadOnlyList<ISection> sections, string contentDirectory, IReadOnlyList<string> everyPage)
    {
        if (since is null)
        {
            return null;
        }

        var content = Path.GetFullPath(contentDirectory).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var sources = pages.Select(p => p.SourcePath).ToHashSet(StringComparer.Ordinal);
        var previousSources = since.Links.Select(l => l.SourcePath).ToHashSet(StringComparer.Ordinal);
        var changed = since.ChangedFiles.Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);
        var global = everyPage.Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);
        if (changed.Count == 0 || changed.Any(path => !path.StartsWith(content, StringComparison.Ordinal) || Directory.Exists(path) || global.Contains(path)
                || !(sources.Contains(path) || previousSources.Contains(path))))
        {
            return null;
        }

        var urls = pages.Select(p => p.Url).ToHashSet(StringComparer.Ordinal);
        var before = since.Links.Select(l => l.Url).ToHashSet(StringComparer.Ordinal);
        var gone = before.Where(url => !urls.Contains(url)).ToHashSet(StringComparer.Ordinal);

        var render = pages.Where(p => changed.Contains(p.SourcePath)).Select(p => p.Url).ToHashSet(StringComparer.Ordinal);
        render.UnionWith(changed.SelectMany(path => sections.SelectMany(s => s.PagesShowing(path, pages))));
        render.UnionWith(urls.Where(url => !before.Contains(url)));
        render.UnionWith(LinkingTo(gone, since.Links));
        render.IntersectWith(urls);

        var check = new HashSet<string>(render, StringComparer.Ordinal);
        check.UnionWith(LinkingTo(render, since.Links));
        check.IntersectWith(urls);
        return new Scope(render, check);
    }

    /// <summary>
    /// The pages with a link to one of <paramref name="targets"/>. Resolving every link of 10,000 pages would
    /// cost more than the rest of the rebuild, so a page's links are resolved only when one of them holds the
    /// last segment of a target's address among its own segments (any link to '/a/b/' does, however it is
    /// written), or always when a target is the home page.
    /// </summary>
    private static IEnumerable<string> LinkingTo(IReadOnlySet<string> targets, IReadOnlyList<RenderedLinks> pages)
    {
        if (targets.Count == 0)
        {
            return [];
        }

        var segments = targets.Select(t => t.TrimEnd('/').Split('/')[^1]).ToList();
        var everyLink = segments.Any(s => s.Length == 0);
        return pages
            .Where(page => (everyLink || segments.Any(SegmentsOf(page).Contains))
                && page.Links.Any(link => CheckLinks.TargetPath(page.Url, link.Href, LinkMode.Served) is { } target && targets.Contains(target)))
            .Select(page => page.Url)
            .ToList();
    }

    /// <summary>
    /// Every segment of every link of a page ('/du-lieu/a.csv#x' gives 'du-lieu', 'a.csv', 'x'), made once per
    /// page: a serve session keeps the links of the pages it does not render again, so each rebuild after the
    /// first asks a set per page instead of reading its links.
    /// </summary>
    private static IReadOnlySet<string> SegmentsOf(RenderedLinks page) =>
        Segments.GetValue(page, p => p.Links.SelectMany(l => l.Href.Split(SegmentEnds, StringSplitOptions.RemoveEmptyEntries)).ToHashSet(StringComparer.Ordinal));

    private static readonly char[] SegmentEnds = ['/', '#', '?'];

    private static readonly ConditionalWeakTable<RenderedLinks, HashSet<string>> Segments = new();
}
