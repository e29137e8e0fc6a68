using HaiPhongUrban.Portal.Kernel.Urls;
using HaiPhongUrban.Portal.Rendering;
using HaiPhongUrban.Portal.Sections.Conclusion.Model;
using HaiPhongUrban.Portal.Sections.Documents.Model;

namespace HaiPhongUrban.Portal.Tests.Routing;

public sealed class UrlSchemeTests
{
    [Theory]
    [InlineData("/", "index.html")]
    [InlineData("/ket-luan/", "ket-luan/index.html")]
    [InlineData("/ket-luan/han-che-5/", "ket-luan/han-che-5/index.html")]
    [InlineData("/404.html", "404.html")]
    public void Each_url_is_served_by_one_file(string url, string file) =>
        Assert.Equal(file, UrlPath.OutputFile(url));

    [Fact]
    public void Urls_are_lower_case_ascii_and_end_in_a_slash()
    {
        Assert.Equal("/ket-luan/nhiem-vu-3/", ConclusionRoutes.ItemPage("nhiem-vu-3"));
        Assert.Equal("/ket-luan/#han-che-5", ConclusionRoutes.FullTextAnchor("han-che-5"));
        Assert.Equal("/van-ban/nghi-quyet-04-nq-tu/", DocumentRoutes.Document("nghi-quyet-04-nq-tu"));
        Assert.Equal("/ket-luan/ket-luan-nghi-quyet-04-nq-tu.md", ConclusionRoutes.SourceDownload("ket-luan-nghi-quyet-04-NQ-TU.md"));
        Assert.Equal("/assets/site.0123456789.css", SiteRoutes.Asset("site.css", "0123456789"));
    }

    [Theory]
    [InlineData("", "/ket-luan/", null)]
    [InlineData("https://example.org/", "/ket-luan/", "https://example.org/ket-luan/")]
    public void Absolute_urls_come_only_from_the_base_url(string baseUrl, string url, string? expected) =>
        Assert.Equal(expected, UrlPath.Absolute(baseUrl, url));
}
