using HaiPhongUrban.Portal.Kernel.Markdown;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace HaiPhongUrban.Portal.Tests.Rendering;

/// <summary>
/// A page's Markdown is parsed once, as it is loaded, and validation, search and render read that one
/// result: each must get what parsing the text for it alone gave.
/// </summary>
public sealed class ParsedMarkdownTests
{
    private const string Page = """
        Mở đầu với [một liên kết](/ket-luan/) và &amp; một ký tự.

        ## Phụ lục

        | Cột | Số |
        |:--|--:|
        | a | 1 |

        ## Phụ lục

        - **đậm** và <https://example.org> và [định nghĩa][x]

        [x]: /du-lieu/
        """;

    [Fact]
    public void The_one_parse_gives_the_html_links_references_and_parts_of_parsing_for_each()
    {
        var parsed = ParsedMarkdown.Of(Page);

        Assert.False(parsed.TooDeep);
        Assert.Equal(MarkdownPages.ToHtml(Page), parsed.Html);
        Assert.Equal(MarkdownPages.Links(Page), parsed.Links);
        Assert.Equal(MarkdownPages.CharacterReferences(Page), parsed.CharacterReferences);
        Assert.Equal(MarkdownSections.Of(Page), parsed.Sections);
        Assert.Contains("id=\"phu-luc-2\"", parsed.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_too_deep_to_parse_is_marked_and_gives_nothing_else()
    {
        var parsed = ParsedMarkdown.Of("[a](/x/)\n\n" + new string('>', 100_000) + " x\n");

        Assert.Equal((true, "", 0, 0), (parsed.TooDeep, parsed.Html, parsed.Links.Count, parsed.Sections.Count));
    }

    [Theory]
    [InlineData("- a\n- " + "b")]
    [InlineData("x")]
    public void A_text_too_deep_to_render_leaves_the_next_text_rendered_as_ever(string before)
    {
        var expected = ParsedMarkdown.Of("Một đoạn.\n\nĐoạn hai.\n").Html;
        Assert.Equal("<p>Một đoạn.</p>\n<p>Đoạn hai.</p>\n", expected);
        for (var i = 0; i < 4; i++)
        {
            Assert.True(ParsedMarkdown.Of(before + "\n\n- " + new string('*', 100_000) + "a" + new string('*', 100_000) + "\n").TooDeep);
            Assert.Equal(expected, ParsedMarkdown.Of("Một đoạn.\n\nĐoạn hai.\n").Html);
        }
    }

    [Fact]
    public void Text_that_parses_but_is_too_deep_to_render_keeps_its_links_for_validation()
    {
        var parsed = ParsedMarkdown.Of("[a](javascript:x)\n\n" + new string('*', 100_000) + "a" + new string('*', 100_000) + "\n");

        Assert.True(parsed.TooDeep);
        Assert.Equal("javascript:x", Assert.Single(parsed.Links).Url);
        Assert.Equal("", parsed.Html);
    }

    [Theory]
    [InlineData(Page)]
    [InlineData("""
        # Tiêu đề &amp; [liên kết](/a/ "t")

        > Trích [dẫn **đậm [lồng](/b/)**](/c/) &#x41;
        > - mục <mailto:a@example.vn> và <a@example.vn>
        >   1. [![ảnh](/anh.png)](/d/) &copy;
        >
        > [y]: /trong-trich/

        | [ô](/e/) | &lt; |
        |---|---|
        | <https://example.org/f> | [g][y] |

        ```
        [không phải](/khong/) &amp;
        ```

        [x]: /du-lieu/ "tiêu đề"
        [z]: </co khoang/>
        """)]
    public void One_walk_finds_the_links_and_references_markdigs_descendants_find_in_the_same_order(string markdown)
    {
        var document = Markdig.Markdown.Parse(markdown, MarkdownPages.Pipeline);

        var (links, references) = MarkdownPages.LinksAndReferences(document);

        // What the three walks of Markdig's Descendants gave, in their order.
        var expectedLinks = document.Descendants<Inline>()
            .Select(inline => inline switch
            {
                LinkInline { Url: { } url } link => (url, link.Line, link.Column),
                AutolinkInline autolink => (autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url, autolink.Line, autolink.Column),
                _ => ((string Url, int Line, int Column)?)null,
            })
            .OfType<(string Url, int Line, int Column)>()
            .Concat(document.Descendants<LinkReferenceDefinition>().Select(d => (d.Url ?? string.Empty, d.Line, d.Column)))
            .ToList();
        var expectedReferences = document.Descendants<HtmlEntityInline>().Select(e => (e.Transcoded.ToString(), e.Line, e.Column)).ToList();

        Assert.True(expectedLinks.Count >= 4 && expectedReferences.Count >= 1);
        Assert.Equal(expectedLinks, links);
        Assert.Equal(expectedReferences, references);
    }
}
