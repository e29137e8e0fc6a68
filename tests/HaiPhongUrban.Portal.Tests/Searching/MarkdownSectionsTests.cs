using HaiPhongUrban.Portal.Kernel.Markdown;

namespace HaiPhongUrban.Portal.Tests.Searching;

public sealed class MarkdownSectionsTests
{
    private const string Page = """
        Mở đầu với **chữ đậm** và [một liên kết](/ket-luan/).

        ## Chính sách biên tập

        - Lời văn *nguyên văn*.
        - Mã `dataset.yml`.

        ### Chi tiết

        | Cột | Giá trị |
        |---|---|
        | a | b |

        ## Chính sách biên tập
        """;

    [Fact]
    public void A_page_is_cut_at_its_level_two_headings_into_plain_text()
    {
        var parts = MarkdownSections.Of(Page);

        Assert.Equal(3, parts.Count);
        Assert.Equal(new MarkdownSections.Part("", "", "Mở đầu với chữ đậm và một liên kết."), parts[0]);
        Assert.Equal("Chính sách biên tập", parts[1].Heading);
        Assert.Equal("Lời văn nguyên văn. Mã dataset.yml. Chi tiết Cột Giá trị a b", parts[1].Text);
    }

    [Fact]
    public void Each_part_carries_the_anchor_the_rendered_page_gives_its_heading()
    {
        var parts = MarkdownSections.Of(Page);
        var html = MarkdownPages.ToHtml(Page);

        Assert.Equal(["chinh-sach-bien-tap", "chinh-sach-bien-tap-2"], parts.Skip(1).Select(p => p.AnchorId));
        Assert.All(parts.Skip(1), p => Assert.Contains($"<h2 id=\"{p.AnchorId}\">", html, StringComparison.Ordinal));
    }
}
