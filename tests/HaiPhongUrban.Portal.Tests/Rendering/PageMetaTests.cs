using HaiPhongUrban.Portal.Sections.Updates.Model;
using HaiPhongUrban.Portal.Tests.Support;
using AngleSharp.Html.Dom;

namespace HaiPhongUrban.Portal.Tests.Rendering;

/// <summary>
/// What search engines, link previews and feed readers read in every page's head: its canonical
/// address, a description of its own, Open Graph and Twitter tags saying the same, and the feed.
/// Built with a base URL (the live site always has one, from site.yml or Netlify's --base-url).
/// </summary>
[Collection(BuiltDataSiteCollection.Name)]
public sealed class PageMetaTests(BuiltDataSite site)
{
    private IEnumerable<(string Url, IHtmlDocument Page)> Pages() =>
        Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(file => (BuiltSite.UrlOf(site.Output, file), BuiltSite.Parse(file)));

    private static string? Meta(IHtmlDocument page, string attribute, string name) =>
        page.QuerySelector($"meta[{attribute}='{name}']")?.GetAttribute("content");

    [Fact]
    public void Every_page_has_its_canonical_url_description_open_graph_and_twitter_tags()
    {
        var siteTitle = Pages().First().Page.QuerySelector(".site-title")!.TextContent;
        foreach (var (url, page) in Pages())
        {
            var canonical = page.QuerySelector("link[rel=canonical]")?.GetAttribute("href");
            var description = Meta(page, "name", "description");
            var title = page.Title!.Contains(" | ", StringComparison.Ordinal) ? page.Title[..page.Title.LastIndexOf(" | ", StringComparison.Ordinal)] : siteTitle;

            Assert.True(canonical == BuiltDataSite.BaseUrl + url, $"{url}: canonical {canonical}");
            Assert.False(string.IsNullOrWhiteSpace(description), $"{url}: no description");
            Assert.Equal(
                ("website", siteTitle, "vi_VN", title, description, canonical),
                (Meta(page, "property", "og:type"), Meta(page, "property", "og:site_name"), Meta(page, "property", "og:locale"),
                 Meta(page, "property", "og:title"), Meta(page, "property", "og:description"), Meta(page, "property", "og:url")));
            Assert.Equal(("summary", title, description), (Meta(page, "name", "twitter:card"), Meta(page, "name", "twitter:title"), Meta(page, "name", "twitter:description")));

            // Nothing to show that the content does not have: no invented picture.
            Assert.Null(page.QuerySelector("meta[property='og:image'], meta[name='twitter:image']"));
        }
    }

    [Fact]
    public void Every_page_announces_the_feed_and_links_the_change_history_from_its_footer()
    {
        foreach (var (url, page) in Pages())
        {
            Assert.True(page.QuerySelectorAll("link[rel=alternate][type='application/atom+xml']").SingleOrDefault()?.GetAttribute("href") == UpdateRoutes.Feed, $"{url}: no feed link");
            Assert.True(page.QuerySelector($"footer a[href='{UpdateRoutes.Updates}']") is not null, $"{url}: no link to the change history");
        }
    }

    /// <summary>Each page describes itself: a description two pages share says nothing about either.</summary>
    [Fact]
    public void No_two_pages_share_a_description()
    {
        var shared = Pages()
            .GroupBy(p => Meta(p.Page, "name", "description"))
            .Where(g => g.Count() > 1)
            .Select(g => $"{string.Join(", ", g.Select(p => p.Url))}: {g.Key}")
            .ToList();

        Assert.Empty(shared);
    }
}
