using HaiPhongUrban.Portal.Sections.Following.Model;
using AngleSharp.Dom;

namespace HaiPhongUrban.Portal.Tests.Support;

/// <summary>
/// Reads the links back out of a published traceability page, each of its three ways, by what a
/// reader follows (hrefs and anchors), not by how the template happens to be written.
/// </summary>
public static class TraceabilityPage
{
    /// <summary>(task group, limitation or result) for each marked cell of the matrix.</summary>
    public static IReadOnlyList<(string Task, string Target)> MatrixLinks(IDocument page)
    {
        var matrix = page.QuerySelector("table.trace-matrix")!;
        var columns = matrix.QuerySelectorAll("thead th[scope='col'] a").Select(a => a.GetAttribute("href")!.TrimStart('#')).ToList();
        var links = new List<(string, string)>();
        foreach (var row in matrix.QuerySelectorAll("tbody tr").Where(r => r.QuerySelector("th[scope='row']") is not null))
        {
            var target = ItemIdOf(row.QuerySelector("th[scope='row'] a")!);
            var cells = row.QuerySelectorAll("td").ToList();
            Assert.Equal(columns.Count, cells.Count);
            links.AddRange(cells.Select((cell, i) => (cell, i)).Where(c => c.cell.QuerySelector("a.matrix-mark") is not null).Select(c => (columns[c.i], target)));
        }

        return links;
    }

    /// <summary>(task group, target) for each entry listed under a limitation or a result.</summary>
    public static IReadOnlyList<(string Task, string Target)> ListedByTarget(IDocument page) =>
        Entries(page, "#theo-han-che, #theo-ket-qua").Select(e => (e.Other, e.Owner)).ToList();

    /// <summary>(task group, target) for each entry listed under a task group.</summary>
    public static IReadOnlyList<(string Task, string Target)> ListedByTaskGroup(IDocument page) =>
        Entries(page, "#theo-nhiem-vu").Select(e => (e.Owner, e.Other)).ToList();

    /// <summary>The two ends of a list entry's anchor ("han-che-1--nhiem-vu-2"), task group first.</summary>
    public static (string Task, string Target) PairOf(string entryId)
    {
        var parts = entryId.Split("--");
        return parts[0].StartsWith("nhiem-vu", StringComparison.Ordinal) ? (parts[0], parts[1]) : (parts[1], parts[0]);
    }

    /// <summary>A limitation has a mark in its matrix row and entries in its list, or a flag in both, never a mix.</summary>
    public static void AssertAnsweredOrFlagged(IDocument page, string limitationId)
    {
        var row = page.QuerySelectorAll("table.trace-matrix tbody tr")
            .Single(r => r.QuerySelector("th[scope='row'] a") is { } a && ItemIdOf(a) == limitationId);
        var section = page.GetElementById(limitationId)!;
        var marked = row.QuerySelector("a.matrix-mark") is not null;
        var listed = section.QuerySelectorAll("li").Length > 0;

        Assert.Equal(marked, listed);
        Assert.Equal(!marked, row.QuerySelector(".flag") is not null);
        Assert.Equal(!listed, section.QuerySelector("p.flag") is not null);
    }

    private static IEnumerable<(string Owner, string Other)> Entries(IDocument page, string listHeadings)
    {
        foreach (var heading in page.QuerySelectorAll(listHeadings))
        {
            foreach (var section in heading.ParentElement!.QuerySelectorAll("section.trace-item"))
            {
                foreach (var entry in section.QuerySelectorAll("li"))
                {
                    var other = ItemIdOf(entry.QuerySelector("a")!);
                    Assert.Equal(FollowingRoutes.TraceLinkId(section.Id!, other), entry.Id);
                    yield return (section.Id!, other);
                }
            }
        }
    }

    /// <summary>"/ket-luan/han-che-1/" is "han-che-1".</summary>
    private static string ItemIdOf(IElement link) => link.GetAttribute("href")!.Trim('/').Split('/')[^1];
}
