using HaiPhongUrban.Portal.Tests.Support;

namespace HaiPhongUrban.Portal.Tests.Rendering;

/// <summary>
/// Without a base URL (a local build of the seed content) a page cannot name its absolute address:
/// it gives no canonical link and no og:url rather than a wrong or relative one, and keeps every other tag.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class PageMetaWithoutBaseUrlTests(BuiltSite site)
{
    [Fact]
    public void Pages_name_no_canonical_address_but_keep_their_description_and_sharing_tags()
    {
        foreach (var file in site.HtmlFiles())
        {
            var page = BuiltSite.Parse(file);
            var url = site.UrlOf(file);

            Assert.True(page.QuerySelector("link[rel=canonical], meta[property='og:url']") is null, $"{url}: an address without base_url");
            foreach (var tag in new[] { "meta[name=description]", "meta[property='og:title']", "meta[property='og:description']", "meta[name='twitter:card']" })
            {
                Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector(tag)?.GetAttribute("content")), $"{url}: {tag} missing or empty");
            }
        }
    }
}
