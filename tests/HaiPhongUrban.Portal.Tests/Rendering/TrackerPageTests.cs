using HaiPhongUrban.Portal.Sections.Conclusion.Model;
using HaiPhongUrban.Portal.Sections.Documents.Model;
using HaiPhongUrban.Portal.Sections.Following.Model;
using HaiPhongUrban.Portal.Tests.Support;

namespace HaiPhongUrban.Portal.Tests.Rendering;

/// <summary>
/// The tracker as published: one row per task group with its latest status, history newest first,
/// and "no report published yet" wherever that is the truth, including for a group with no row at all.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class TrackerPageTests(BuiltSite site)
{
    private const string NoReport = "Chưa có báo cáo nào được công bố";

    [Fact]
    public void The_seed_overview_has_every_task_group_in_order_each_saying_no_report_is_published()
    {
        var page = site.Page(FollowingRoutes.Tracker);
        var taskGroups = SeedModel.Load().Conclusion.Items.Where(i => i.Kind == ItemKind.TaskGroup).Select(i => ConclusionRoutes.ItemPage(i.Id)).ToList();

        var rows = page.QuerySelectorAll("table.tracker-overview tbody tr").ToList();
        Assert.Equal(taskGroups, rows.Select(r => r.QuerySelector("th a")!.GetAttribute("href")));
        Assert.All(rows, r => Assert.Equal(NoReport, r.QuerySelectorAll("td")[0].TextContent.Trim()));
        Assert.All(rows, r => Assert.Equal("2026-11-25", r.QuerySelector("td time")!.GetAttribute("datetime")));
        Assert.Equal("0", page.QuerySelectorAll(".counts strong")[1].TextContent);
    }

    [Fact]
    public void A_new_row_becomes_the_latest_status_on_the_tracker_and_the_item_page_and_a_group_without_rows_says_so()
    {
        using var workspace = Workspace.Create();
        var csv = workspace.ContentFile("datasets/theo-doi-thuc-hien/cap-nhat.csv");
        var lines = File.ReadAllLines(csv).Where(l => !l.StartsWith("nhiem-vu-7,", StringComparison.Ordinal)).ToList();
        lines.Add("nhiem-vu-3,2027-03-01,dang-thuc-hien,Báo cáo thử của Sở Xây dựng,https://example.org/bao-cao,");
        File.WriteAllLines(csv, lines);

        var result = Runs.Build(workspace);

        Assert.Empty(Runs.Errors(result, workspace.Root));
        var page = BuiltSite.Parse(BuiltSite.FileOfIn(workspace.Output, FollowingRoutes.Tracker));
        var row3 = page.QuerySelectorAll("table.tracker-overview tbody tr")[2];
        Assert.Equal("Đang thực hiện (theo báo cáo được công bố)", row3.QuerySelectorAll("td")[0].TextContent.Trim());
        Assert.Equal("https://example.org/bao-cao", row3.QuerySelector("td a")!.GetAttribute("href"));
        var history = page.GetElementById("nhiem-vu-3")!.QuerySelectorAll("ol.tracker-history time").Select(t => t.GetAttribute("datetime")).ToList();
        Assert.Equal(["2027-03-01", "2026-11-25"], history);
        Assert.Equal("1", page.QuerySelectorAll(".counts strong")[1].TextContent);

        var row7 = page.QuerySelectorAll("table.tracker-overview tbody tr")[6];
        Assert.Equal(NoReport, row7.QuerySelectorAll("td")[0].TextContent.Trim());
        Assert.Null(page.GetElementById("nhiem-vu-7")!.QuerySelector("ol"));

        var item = BuiltSite.Parse(BuiltSite.FileOfIn(workspace.Output, ConclusionRoutes.ItemPage("nhiem-vu-3")));
        var tracking = item.QuerySelector("section[aria-labelledby='theo-doi']")!;
        Assert.Contains("Đang thực hiện", tracking.TextContent, StringComparison.Ordinal);
        Assert.Equal(FollowingRoutes.TrackerGroup("nhiem-vu-3"), tracking.QuerySelectorAll("a").Last().GetAttribute("href"));
    }

    [Fact]
    public void Only_task_group_pages_carry_a_tracker_section()
    {
        foreach (var item in SeedModel.Load().Conclusion.ItemsWithPages)
        {
            var page = site.Page(ConclusionRoutes.ItemPage(item.Id));
            Assert.Equal(item.Kind == ItemKind.TaskGroup, page.QuerySelector("section[aria-labelledby='theo-doi']") is not null);
        }
    }
}
