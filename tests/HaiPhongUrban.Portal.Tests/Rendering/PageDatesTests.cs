using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Rendering;
using HaiPhongUrban.Portal.Sections.Datasets.Model;
using HaiPhongUrban.Portal.Sections.Pages.Model;
using HaiPhongUrban.Portal.Sections.Updates.Loading;
using HaiPhongUrban.Portal.Sections.Updates.Model;
using HaiPhongUrban.Portal.Tests.Support;
using System.Globalization;
using static HaiPhongUrban.Portal.Tests.Support.StrictXml;

namespace HaiPhongUrban.Portal.Tests.Rendering;

/// <summary>
/// "Last updated" on every page comes from content, by the rule README states: the newest of the date
/// the page's own content gives and the updates naming it, else the first publication. Checked on a
/// build whose dates all differ from the seed's and from today, so no date can come from the clock.
/// </summary>
[Collection(DatedSiteCollection.Name)]
public sealed class PageDatesTests(DatedSite site)
{
    [Fact]
    public void The_site_builds() =>
        Assert.True(site.Result.Succeeded, string.Join('\n', site.Result.Diagnostics.Select(d => d.Text(UiLanguage.English))));

    [Theory]
    [InlineData("/ket-luan/", "2099-12-01")]                      // two updates name it (one by an anchor): the newer
    [InlineData("/van-ban/nghi-quyet-04-nq-tu/", "2099-12-01")]   // named as …/index.html
    [InlineData("/tiep-can/", "2099-12-05")]                      // its front matter's updated: is newer than its update
    [InlineData("/gioi-thieu/", "2099-12-04")]                    // its update is newer than its front matter's updated:
    [InlineData("/du-lieu/noi-nhan/", "2099-12-06")]              // dataset.yml's modified
    [InlineData("/du-lieu/", "2099-12-06")]                       // a catalogue: its newest dataset
    [InlineData("/du-lieu/chu-de/chinh-quyen-bo-may/", "2099-12-06")]
    [InlineData("/du-lieu/doan-van-ket-luan/", "2026-11-25")]
    [InlineData("/cap-nhat/", "2099-12-04")]                      // the change history: its newest entry
    [InlineData("/", "2026-11-25")]                               // named by nothing: the first publication
    [InlineData("/ket-luan/ket-qua-1/", "2026-11-25")]
    [InlineData("/404.html", "2026-11-25")]
    public void A_page_shows_the_date_the_rule_gives(string url, string expected)
    {
        var time = BuiltSite.Parse(site.FileOf(url)).QuerySelector("footer .last-updated time");

        Assert.NotNull(time);
        Assert.Equal(expected, time.GetAttribute("datetime"));
        Assert.Equal(DateOnly.ParseExact(expected, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), time.TextContent);
    }

    /// <summary>The rule worked out again, independently, for every page built; catalogues by the datasets they show.</summary>
    [Fact]
    public void Every_page_shows_the_date_the_rule_gives()
    {
        var model = SeedModel.Load(site.Content);
        var firstPublication = model.Updates.Min(u => u.Date);
        foreach (var file in site.HtmlFiles())
        {
            var url = BuiltSite.UrlOf(site.Output, file);
            var page = BuiltSite.Parse(file);
            var dates = model.Updates.Where(u => u.Urls.Any(named => PageOf(named) == url)).Select(u => u.Date).ToList();
            dates.AddRange(model.Datasets.Where(d => DatasetRoutes.Dataset(d.Slug) == url).Select(d => d.Modified));
            dates.AddRange(model.Pages.Where(p => PageRoutes.Page(p.Slug) == url && p.Updated is not null).Select(p => p.Updated!.Value));
            dates.AddRange(page.QuerySelectorAll(".dataset-list h2 a").Select(a => model.Datasets.Single(d => DatasetRoutes.Dataset(d.Slug) == a.GetAttribute("href")).Modified));
            if (url == UpdateRoutes.Updates)
            {
                dates.Add(model.Updates.Max(u => u.Date));
            }

            var expected = dates.Count > 0 ? dates.Max() : firstPublication;
            Assert.True(
                page.QuerySelector("footer .last-updated time")?.GetAttribute("datetime") == expected.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                $"{url}: expected {expected:yyyy-MM-dd}");
            Assert.Contains("Cập nhật lần cuối", page.QuerySelector("footer .last-updated")!.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_feed_is_as_new_as_its_newest_entry_and_lists_entries_newest_first_same_days_in_file_order()
    {
        var feed = Parse(File.ReadAllBytes(site.FileOf(UpdateRoutes.Feed))).Root!;
        // Every entry of the seed and of the later updates, newest first; OrderByDescending is stable, so
        // entries of one day keep the file's order: the seed's 2026-12-02 entry before the update appended that day.
        var seed = LoadUpdates.Load(Path.Combine(RepoPaths.Content, "cap-nhat.yml"), new DiagnosticBag());
        var later = LoadUpdates.Load(Path.Combine(site.Content, "cap-nhat.yml"), new DiagnosticBag()).Skip(seed.Count).ToList();
        var expected = seed.Concat(later).OrderByDescending(u => u.Date.Value).Select(u => u.Id.Value).ToList();
        var sitemap = Parse(File.ReadAllBytes(site.FileOf(SiteRoutes.Sitemap))).Root!;

        Assert.Equal("2099-12-04T00:00:00+07:00", feed.Element(InAtom("updated"))!.Value);
        Assert.Equal(
            expected.Select(AtomFeedId),
            feed.Elements(InAtom("entry")).Select(e => e.Element(InAtom("id"))!.Value));
        Assert.Contains(sitemap.Elements(InSitemap("url")), u => u.Element(InSitemap("loc"))!.Value == DatedSite.BaseUrl + "/tiep-can/" && u.Element(InSitemap("lastmod"))!.Value == "2099-12-05");
    }

    private static string AtomFeedId(string updateId) => Portal.Sections.Updates.Publishing.AtomFeed.EntryId(updateId);

    /// <summary>The page an address is on, as a browser sees it: no fragment, and a folder's index.html is the folder.</summary>
    private static string PageOf(string url)
    {
        var path = url.Split('#')[0];
        return path.EndsWith("/index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path;
    }
}
