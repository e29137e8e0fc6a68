using HaiPhongUrban.Portal.Kernel.Discovery;
using static HaiPhongUrban.Portal.Tests.Support.StrictXml;

namespace HaiPhongUrban.Portal.Tests.Publishing.Discovery;

public sealed class SitemapXmlTests
{
    private static readonly SitemapEntry[] Entries =
    [
        new("https://quy-hoach.example.vn/van-ban/", "2026-11-25"),
        new("https://quy-hoach.example.vn/", "2026-12-01"),
        new("https://quy-hoach.example.vn/tim-kiem/?q=a&b", "2026-11-25"),
    ];

    [Fact]
    public void Is_a_well_formed_urlset_with_a_loc_and_lastmod_per_page_in_address_order()
    {
        var urlset = Parse(SitemapXml.Write(Entries)).Root!;

        Assert.Equal(InSitemap("urlset"), urlset.Name);
        var urls = urlset.Elements(InSitemap("url")).ToList();
        Assert.Equal(
            Entries.OrderBy(e => e.Location, StringComparer.Ordinal).Select(e => (e.Location, e.LastModified)),
            urls.Select(u => (Assert.Single(u.Elements(InSitemap("loc"))).Value, Assert.Single(u.Elements(InSitemap("lastmod"))).Value)));
    }

    [Fact]
    public void Escapes_an_ampersand_as_the_protocol_requires() =>
        Assert.Contains("?q=a&amp;b</loc>", System.Text.Encoding.UTF8.GetString(SitemapXml.Write(Entries)), StringComparison.Ordinal);

    [Fact]
    public void The_same_pages_in_any_order_give_the_same_bytes() =>
        Assert.Equal(SitemapXml.Write(Entries), SitemapXml.Write(Entries.Reverse()));
}
