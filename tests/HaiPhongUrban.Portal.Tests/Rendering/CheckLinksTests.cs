using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Kernel.Urls;
using HaiPhongUrban.Portal.Rendering;

namespace HaiPhongUrban.Portal.Tests.Rendering;

/// <summary>
/// The link check follows links as a browser does in each link mode: from a server for the served site,
/// where '/x/' and '/x/index.html' are the page '/x/'; from a folder on disk for the disk copy, where a
/// link to a folder shows its listing and a link from the root of the disk leaves the copy.
/// </summary>
public sealed class CheckLinksTests
{
    private static readonly string[] Files = ["/feed.xml"];

    private static IReadOnlyList<string> Broken(LinkMode mode, params string[] hrefs)
    {
        var pages = new[]
        {
            new RenderedLinks("/", "trang-chu.md", [], ["noi-dung"]),
            new RenderedLinks("/ket-luan/", "ket-luan.md", hrefs.Select(h => new RenderedLink(h, h)).ToList(), ["han-che-5"]),
        };
        var diagnostics = new DiagnosticBag();
        CheckLinks.Run(pages, Files, diagnostics, mode);
        return diagnostics.Sorted().Select(d => d.Arguments[0]).Order(StringComparer.Ordinal).ToList();
    }

    [Fact]
    public void The_served_site_is_checked_as_a_server_answers_it()
    {
        Assert.Equal(
            ["/ket-luan/#khong-co", "/khong-co/"],
            Broken(LinkMode.Served, "/", "/index.html", "/ket-luan/#han-che-5", "#han-che-5", "../feed.xml", "https://example.org/", "/khong-co/", "/ket-luan/#khong-co"));
    }

    [Fact]
    public void The_disk_copy_is_checked_as_a_browser_opens_it_from_a_folder()
    {
        Assert.Equal(
            ["../", "/index.html", "/ket-luan/index.html", "index.html#khong-co"],
            Broken(LinkMode.Disk, "../index.html", "index.html#han-che-5", "#han-che-5", "../feed.xml", "https://example.org/", "../", "/index.html", "/ket-luan/index.html", "index.html#khong-co"));
    }
}
