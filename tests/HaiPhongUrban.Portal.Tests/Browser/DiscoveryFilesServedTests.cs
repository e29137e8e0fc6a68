using HaiPhongUrban.Portal.Rendering;
using HaiPhongUrban.Portal.Sections.Updates.Model;
using HaiPhongUrban.Portal.Tests.Support;
using System.Net;

namespace HaiPhongUrban.Portal.Tests.Browser;

/// <summary>
/// The feed and robots.txt of the real build, fetched over HTTP from the server that answers like
/// Netlify (netlify.toml's headers): the type a feed reader or crawler gets, and bytes that parse.
/// Needs no browser. The seed content has no base_url, so there is no sitemap to fetch.
/// </summary>
[Collection(BrowserSiteCollection.Name)]
public sealed class DiscoveryFilesServedTests(BrowserSite site)
{
    private static readonly HttpClient Client = new();

    [Theory]
    [InlineData("/feed.xml", "application/atom+xml; charset=utf-8")]
    [InlineData("/robots.txt", "text/plain; charset=utf-8")]
    public async Task Is_served_with_its_declared_type(string path, string type)
    {
        using var response = await Client.GetAsync(site.Server.Url(path));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType?.ToString());
        if (path == UpdateRoutes.Feed)
        {
            Assert.Equal(StrictXml.InAtom("feed"), StrictXml.Parse(await response.Content.ReadAsByteArrayAsync()).Root!.Name);
        }
    }

    [Fact]
    public async Task Without_a_base_url_there_is_no_sitemap()
    {
        using var response = await Client.GetAsync(site.Server.Url(SiteRoutes.Sitemap));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
