using HaiPhongUrban.Portal.Kernel.Urls;
using HaiPhongUrban.Portal.Rendering;

namespace HaiPhongUrban.Portal.Tests.Rendering;

/// <summary>
/// Every place of a rendered page a browser reads an address from goes through the build's link mode:
/// rewritten for the disk copy, byte for byte as the templates wrote it for the served site, and kept for
/// the link check both as written and as authored.
/// </summary>
public sealed class PageLinksTests
{
    private const string Page = """
        <link rel="stylesheet" href="/assets/site.0123456789.css">
        <a href="/ket-luan/#han-che-5">Hạn chế 5</a> <a href="#noi-dung">skip</a>
        <a href="https://example.org/a/">elsewhere</a> <a href="mailto:a@example.vn">mail</a>
        <a href="/tim-kiem/?q=quy&amp;x=1">search</a>
        <form action="/tim-kiem/" method="get"></form>
        <img src="/du-lieu/a.png" srcset="/du-lieu/a.png 1x, /du-lieu/b.png 2x" data-src="/du-lieu/c.png" alt="">
        <code>&lt;a href=&quot;/khong-phai-lien-ket/&quot;&gt;</code>
        """;

    [Fact]
    public void The_disk_copy_rewrites_every_address_attribute_and_nothing_else()
    {
        var (html, links) = PageLinks.Write(Page, "/du-lieu/quy-hoach/", LinkMode.Disk);

        Assert.Equal("""
            <link rel="stylesheet" href="../../assets/site.0123456789.css">
            <a href="../../ket-luan/index.html#han-che-5">Hạn chế 5</a> <a href="#noi-dung">skip</a>
            <a href="https://example.org/a/">elsewhere</a> <a href="mailto:a@example.vn">mail</a>
            <a href="../../tim-kiem/index.html?q=quy&amp;x=1">search</a>
            <form action="../../tim-kiem/index.html" method="get"></form>
            <img src="../../du-lieu/a.png" srcset="../../du-lieu/a.png 1x, ../../du-lieu/b.png 2x" data-src="/du-lieu/c.png" alt="">
            <code>&lt;a href=&quot;/khong-phai-lien-ket/&quot;&gt;</code>
            """, html);
        Assert.Contains(new RenderedLink("../../ket-luan/index.html#han-che-5", "/ket-luan/#han-che-5"), links);
        Assert.Contains(new RenderedLink("../../tim-kiem/index.html?q=quy&x=1", "/tim-kiem/?q=quy&x=1"), links);
        Assert.Contains(new RenderedLink("../../du-lieu/b.png", "/du-lieu/b.png"), links);
        Assert.Equal(10, links.Count);
    }

    [Fact]
    public void The_served_site_keeps_the_page_as_written_and_checks_the_same_addresses()
    {
        var (html, links) = PageLinks.Write(Page, "/du-lieu/quy-hoach/", LinkMode.Served);

        Assert.Equal(Page, html);
        Assert.All(links, link => Assert.Equal(link.Authored, link.Href));
        Assert.Equal(
            ["/assets/site.0123456789.css", "/ket-luan/#han-che-5", "#noi-dung", "https://example.org/a/", "mailto:a@example.vn", "/tim-kiem/?q=quy&x=1", "/tim-kiem/", "/du-lieu/a.png", "/du-lieu/a.png", "/du-lieu/b.png"],
            links.Select(l => l.Href));
    }
}
