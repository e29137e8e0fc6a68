using HaiPhongUrban.Portal.Rendering;
using HaiPhongUrban.Portal.Sections.Datasets.Model;
using HaiPhongUrban.Portal.Sections.Updates.Model;
using HaiPhongUrban.Portal.Tests.Support;
using static HaiPhongUrban.Portal.Tests.Support.StrictXml;

namespace HaiPhongUrban.Portal.Tests.Publishing;

/// <summary>
/// feed.xml, sitemap.xml and robots.txt as a feed reader and a crawler meet them, on the real content
/// built with a base URL: well-formed, complete, and listing only addresses the output really serves.
/// </summary>
[Collection(BuiltDataSiteCollection.Name)]
public sealed class PublishDiscoveryFilesTests(BuiltDataSite site)
{
    private IEnumerable<string> PageUrls() =>
        Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories).Select(f => BuiltSite.UrlOf(site.Output, f));

    [Fact]
    public void The_feed_is_atom_with_one_entry_per_update_and_every_link_leads_to_a_file_and_anchor_of_the_output()
    {
        var feed = Parse(site.Bytes(UpdateRoutes.Feed)).Root!;
        var updates = SeedModel.Load(site.Content).Updates;

        Assert.Equal(InAtom("feed"), feed.Name);
        Assert.Equal(updates.Select(u => u.Title), feed.Elements(InAtom("entry")).Select(e => e.Element(InAtom("title"))!.Value));
        var links = feed.Descendants(InAtom("link")).Select(l => l.Attribute("href")!.Value).ToList();
        Assert.Equal(BuiltDataSite.BaseUrl + UpdateRoutes.Feed, links[0]);
        Assert.Equal(2 + updates.Sum(u => u.Urls.Count()), links.Count);
        foreach (var link in links)
        {
            Assert.StartsWith(BuiltDataSite.BaseUrl + "/", link, StringComparison.Ordinal);
            Assert.True(File.Exists(site.FileOf(link)), $"{link} is not a file of the output");
            if (link.Split('#') is [_, var anchor])
            {
                Assert.NotNull(BuiltSite.Parse(site.FileOf(link)).GetElementById(anchor));
            }
        }
    }

    [Fact]
    public void The_sitemap_lists_exactly_the_html_pages_built_except_404_each_at_its_absolute_address()
    {
        var urlset = Parse(site.Bytes(SiteRoutes.Sitemap)).Root!;
        var locations = urlset.Elements(InSitemap("url")).Select(u => Assert.Single(u.Elements(InSitemap("loc"))).Value).ToList();

        var expected = PageUrls().Where(u => u != SiteRoutes.NotFound).Select(u => BuiltDataSite.BaseUrl + u).Order(StringComparer.Ordinal);
        Assert.Equal(expected, locations);
        Assert.All(locations, loc => Assert.True(File.Exists(site.FileOf(loc)), $"{loc} is not a file of the output"));
        Assert.Contains(BuiltDataSite.BaseUrl + DatasetRoutes.Dataset("du-an-mau"), locations); // the staff-added dataset
    }

    [Fact]
    public void Each_lastmod_is_the_last_updated_date_its_page_shows()
    {
        var urlset = Parse(site.Bytes(SiteRoutes.Sitemap)).Root!;
        foreach (var url in urlset.Elements(InSitemap("url")))
        {
            var loc = url.Element(InSitemap("loc"))!.Value;
            var shown = BuiltSite.Parse(site.FileOf(loc)).QuerySelector("footer .last-updated time")?.GetAttribute("datetime");
            Assert.Equal(shown, url.Element(InSitemap("lastmod"))!.Value);
        }
    }

    [Fact]
    public void Robots_txt_lets_every_crawler_in_and_names_the_sitemap_by_its_absolute_address()
    {
        var lines = File.ReadAllLines(site.FileOf(SiteRoutes.Robots));

        Assert.Equal(["User-agent: *", "Allow: /"], lines[..2]);
        var sitemap = Assert.Single(lines, l => l.StartsWith("Sitemap: ", StringComparison.Ordinal))["Sitemap: ".Length..];
        Assert.Equal(BuiltDataSite.BaseUrl + SiteRoutes.Sitemap, sitemap);
        Assert.True(File.Exists(site.FileOf(sitemap)));
    }
}
