using HaiPhongUrban.Portal.Kernel.Urls;

namespace HaiPhongUrban.Portal.Tests.Routing;

/// <summary>
/// The disk copy's one rule (<c>build --offline</c>): every link of the portal's own, however deep its page and
/// however the link was written, becomes the way up from the page's file to the root and down to the file
/// that serves the address, with its query and anchor; links to other sites and within the page stay.
/// </summary>
public sealed class DiskLinkRuleTests
{
    [Theory]
    [InlineData("/", "/", "index.html")]
    [InlineData("/", "/ket-luan/", "ket-luan/index.html")]
    [InlineData("/ket-luan/", "/", "../index.html")]
    [InlineData("/ket-luan/", "/van-ban/", "../van-ban/index.html")]
    [InlineData("/du-lieu/quy-hoach/", "/assets/site.0123456789.css", "../../assets/site.0123456789.css")]
    [InlineData("/du-lieu/chu-de/quy-hoach/", "/du-lieu/", "../../../du-lieu/index.html")]
    [InlineData("/404.html", "/du-lieu/", "du-lieu/index.html")]
    [InlineData("/404.html", "/feed.xml", "feed.xml")]
    public void A_link_from_the_root_leads_from_the_page_up_and_down_to_the_file(string page, string href, string expected) =>
        Assert.Equal(expected, UrlPath.OnDisk(page, href));

    [Theory]
    [InlineData("/ket-luan/nhiem-vu-3/", "/ket-luan/#han-che-5", "../../ket-luan/index.html#han-che-5")]
    [InlineData("/du-lieu/", "/tim-kiem/?q=quy+hoach", "../tim-kiem/index.html?q=quy+hoach")]
    [InlineData("/du-lieu/", "/tim-kiem/?q=do-thi#ket-qua", "../tim-kiem/index.html?q=do-thi#ket-qua")]
    [InlineData("/tim-kiem/", "?q=quy", "../tim-kiem/index.html?q=quy")]
    public void The_query_and_the_anchor_stay(string page, string href, string expected) =>
        Assert.Equal(expected, UrlPath.OnDisk(page, href));

    [Theory]
    [InlineData("/du-lieu/quy-hoach/", "ranh-gioi-quy-hoach.geojson", "../../du-lieu/quy-hoach/ranh-gioi-quy-hoach.geojson")]
    [InlineData("/van-ban/nghi-quyet-04-nq-tu/", "../", "../../van-ban/index.html")]
    [InlineData("/ket-luan/", "han-che-5/#muc-1", "../ket-luan/han-che-5/index.html#muc-1")]
    public void A_relative_link_to_a_folder_names_its_index_file_too(string page, string href, string expected) =>
        Assert.Equal(expected, UrlPath.OnDisk(page, href));

    [Theory]
    [InlineData("#noi-dung")]
    [InlineData("https://creativecommons.org/licenses/by/4.0/deed.vi")]
    [InlineData("http://example.org/du-lieu/")]
    [InlineData("//cdn.example.org/x.js")]
    [InlineData("mailto:quyhoach@example.vn")]
    [InlineData("")]
    public void Links_elsewhere_and_within_the_page_stay_as_written(string href) =>
        Assert.Equal(href, UrlPath.OnDisk("/du-lieu/quy-hoach/", href));
}
