using HaiPhongUrban.Portal.Kernel.Urls;
using HaiPhongUrban.Portal.Rendering;

namespace HaiPhongUrban.Portal.Tests.Rendering;

/// <summary>Pages that carry the same link or id share one object for it, and still each get their own links in full.</summary>
public sealed class SharedAttributesTests
{
    [Fact]
    public void Two_pages_with_the_menu_share_its_links_and_keep_their_own()
    {
        var shared = new SharedAttributes();
        var (_, first) = PageLinks.Write("""<a href="/ket-luan/">a</a> <a href="/p1/">b</a>""", "/p1/", LinkMode.Served, shared);
        var (_, second) = PageLinks.Write("""<a href="/ket-luan/">a</a> <a href="/p2/">c</a> <a href="/x/?a=1&amp;b=2">d</a>""", "/p2/", LinkMode.Served, shared);

        Assert.Same(first[0], second[0]);
        Assert.Equal(["/ket-luan/", "/p1/"], first.Select(l => l.Href));
        Assert.Equal(["/ket-luan/", "/p2/", "/x/?a=1&b=2"], second.Select(l => l.Href));
        Assert.All(second, l => Assert.Equal(l.Href, l.Authored));
    }

    [Fact]
    public void An_id_is_one_string_for_every_page_and_different_ids_stay_apart()
    {
        var shared = new SharedAttributes();
        var page = "id=\"noi-dung\" id=\"muc-1\"";

        Assert.Same(shared.Id(page.AsSpan(4, 8)), shared.Id("noi-dung"));
        Assert.Equal("muc-1", shared.Id(page.AsSpan(18, 5)));
        Assert.NotSame(shared.Id("noi-dung"), shared.Id("muc-1"));
    }
}
