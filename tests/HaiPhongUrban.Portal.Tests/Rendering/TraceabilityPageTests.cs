using HaiPhongUrban.Portal.Sections.Conclusion.Model;
using HaiPhongUrban.Portal.Sections.Documents.Model;
using HaiPhongUrban.Portal.Sections.Following.Model;
using HaiPhongUrban.Portal.Model;
using HaiPhongUrban.Portal.Tests.Support;
using AngleSharp.Dom;

namespace HaiPhongUrban.Portal.Tests.Rendering;

/// <summary>
/// The traceability page as published: its matrix, its list by limitation or result and its list by
/// task group must show exactly the same links as lien-ket.yml, and every limitation must be answered
/// or flagged. Read back from the HTML, so a template that drops or invents a link fails here.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class TraceabilityPageTests(BuiltSite site)
{
    private static readonly Lazy<Site> Seed = new(SeedModel.Load);

    [Fact]
    public void The_matrix_and_both_lists_show_exactly_the_links_of_the_content()
    {
        var page = site.Page(FollowingRoutes.Traceability);
        var expected = Seed.Value.TraceLinks.Select(l => (l.TaskGroupId, l.TargetId)).Order().ToList();

        Assert.Equal(expected, TraceabilityPage.MatrixLinks(page).Order().ToList());
        Assert.Equal(expected, TraceabilityPage.ListedByTarget(page).Order().ToList());
        Assert.Equal(expected, TraceabilityPage.ListedByTaskGroup(page).Order().ToList());
    }

    [Fact]
    public void Every_matrix_mark_leads_to_its_entry_in_the_list_and_every_entry_quotes_both_sides_word_for_word()
    {
        var page = site.Page(FollowingRoutes.Traceability);
        var texts = Seed.Value.Conclusion.Items.ToDictionary(i => i.Id, i => i.Paragraph.Text);

        foreach (var mark in page.QuerySelectorAll("a.matrix-mark"))
        {
            var entry = page.GetElementById(mark.GetAttribute("href")!.TrimStart('#'));
            Assert.NotNull(entry);
            var (task, target) = TraceabilityPage.PairOf(entry!.Id!);
            var quotes = entry.QuerySelectorAll("q").Select(q => q.TextContent).ToList();
            Assert.Equal(2, quotes.Count);
            Assert.Contains(quotes[0], texts[task], StringComparison.Ordinal);
            Assert.Contains(quotes[1], texts[target], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_limitation_is_answered_in_the_matrix_and_in_its_list_or_flagged_in_both()
    {
        var page = site.Page(FollowingRoutes.Traceability);
        var limitations = Seed.Value.Conclusion.Items.Where(i => i.Kind == ItemKind.Limitation).Select(i => i.Id).ToList();

        Assert.All(limitations, id => TraceabilityPage.AssertAnsweredOrFlagged(page, id));
    }

    [Fact]
    public void Each_item_page_shows_its_own_side_of_the_same_links()
    {
        foreach (var item in Seed.Value.Conclusion.ItemsWithPages.Where(i => i.Kind != ItemKind.Implementation))
        {
            var page = site.Page(ConclusionRoutes.ItemPage(item.Id));
            var shown = page.QuerySelectorAll("section[aria-labelledby='lien-ket'] li > a:first-child")
                .Select(a => a.GetAttribute("href")!)
                .Order()
                .ToList();

            var expected = Seed.Value.TraceLinks
                .Where(l => l.TaskGroupId == item.Id || l.TargetId == item.Id)
                .Select(l => ConclusionRoutes.ItemPage(l.TaskGroupId == item.Id ? l.TargetId : l.TaskGroupId))
                .Order()
                .ToList();
            Assert.Equal(expected, shown);
        }
    }

    [Fact]
    public void A_limitation_no_link_answers_is_flagged_on_the_page_its_item_page_and_by_validate()
    {
        using var workspace = Workspace.Create();
        var linksFile = workspace.ContentFile("ket-luan/lien-ket.yml");
        // Drop the two links that answer han-che-5 (each entry is four lines: task, answers, two quotes).
        var lines = File.ReadAllLines(linksFile).ToList();
        foreach (var at in Enumerable.Range(0, lines.Count).Where(i => lines[i] == "  answers: han-che-5").Reverse().ToList())
        {
            lines.RemoveRange(at - 1, 4);
        }

        File.WriteAllLines(linksFile, lines);

        var result = Runs.Build(workspace);

        Assert.Contains(result.Diagnostics, d => d.Severity == Portal.Kernel.Diagnostics.Severity.Warning && d.Arguments.SequenceEqual(["han-che-5"]));
        var page = BuiltSite.Parse(BuiltSite.FileOfIn(workspace.Output, FollowingRoutes.Traceability));
        Assert.DoesNotContain(TraceabilityPage.MatrixLinks(page), l => l.Target == "han-che-5");
        TraceabilityPage.AssertAnsweredOrFlagged(page, "han-che-5");
        Assert.Equal("1", page.QuerySelectorAll(".counts strong")[1].TextContent);
        var itemPage = BuiltSite.Parse(BuiltSite.FileOfIn(workspace.Output, ConclusionRoutes.ItemPage("han-che-5")));
        Assert.NotNull(itemPage.QuerySelector("section[aria-labelledby='lien-ket'] p.flag"));
    }
}
