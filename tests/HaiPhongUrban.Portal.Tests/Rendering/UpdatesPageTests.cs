using HaiPhongUrban.Portal.Sections.Planning.Model;
using HaiPhongUrban.Portal.Rendering;
using HaiPhongUrban.Portal.Sections.Conclusion.Model;
using HaiPhongUrban.Portal.Sections.Datasets.Model;
using HaiPhongUrban.Portal.Sections.Documents.Model;
using HaiPhongUrban.Portal.Sections.Following.Model;
using HaiPhongUrban.Portal.Sections.Pages.Model;
using HaiPhongUrban.Portal.Sections.Updates.Model;
using HaiPhongUrban.Portal.Tests.Support;
using static HaiPhongUrban.Portal.Tests.Support.StrictXml;

namespace HaiPhongUrban.Portal.Tests.Rendering;

/// <summary>The change history page, /cap-nhat/: the same entries as the feed, in the same order, each linking what changed.</summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class UpdatesPageTests(BuiltSite site)
{
    [Fact]
    public void Lists_every_update_of_the_feed_in_its_order_with_its_date_and_links()
    {
        var page = site.Page(UpdateRoutes.Updates);
        var model = SeedModel.Load();
        var entries = page.QuerySelectorAll("ol.updates > li").ToList();
        var feedTitles = Parse(File.ReadAllBytes(site.FileOf(UpdateRoutes.Feed))).Root!.Elements(InAtom("entry")).Select(e => e.Element(InAtom("title"))!.Value);

        Assert.Equal(model.Updates.Select(u => u.Id), entries.Select(e => e.Id));
        Assert.Equal(feedTitles, entries.Select(e => e.QuerySelector("h2")!.TextContent));
        foreach (var (entry, update) in entries.Zip(model.Updates))
        {
            Assert.Equal(update.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), entry.QuerySelector("time")?.GetAttribute("datetime"));
            Assert.Equal(update.Urls, entry.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        }
    }

    [Fact]
    public void Links_the_feed_it_mirrors()
    {
        var link = site.Page(UpdateRoutes.Updates).QuerySelector($"main a[href='{UpdateRoutes.Feed}']");

        Assert.NotNull(link);
        Assert.Equal("application/atom+xml", link.GetAttribute("type"));
    }

    [Fact]
    public void Seed_updates_are_the_first_publication_then_the_registry_of_plans_and_nothing_else()
    {
        var model = SeedModel.Load();
        var byDate = model.Updates.GroupBy(u => u.Date).ToDictionary(g => g.Key, g => g.Select(u => u.Url).ToList());

        Assert.Equal([new DateOnly(2026, 12, 2), new DateOnly(2026, 11, 25)], byDate.Keys);
        Assert.Equal(
            [ConclusionRoutes.FullText, DocumentRoutes.List, DatasetRoutes.Datasets, SiteRoutes.Search, PageRoutes.Page(PageRoutes.AccessibilityPageSlug), FollowingRoutes.Traceability, UpdateRoutes.Updates],
            byDate[new DateOnly(2026, 11, 25)]);
        Assert.Equal([PlanRoutes.Registry], byDate[new DateOnly(2026, 12, 2)]);
    }
}
