using HaiPhongUrban.Portal.Kernel.Markdown;
using HaiPhongUrban.Portal.Tests.Support;
using System.Text.RegularExpressions;

namespace HaiPhongUrban.Portal.Tests.Rendering;

/// <summary>
/// Generated heading ids never collide (issue 18, item 8): a repeated heading's suffix skips the ids
/// other headings' words make, and an id that still meets one of the layout's is reported at the heading.
/// </summary>
public sealed partial class HeadingIdsTests
{
    [Fact]
    public void A_repeated_heading_takes_the_next_suffix_no_other_heading_has()
    {
        var html = MarkdownPages.ToHtml("# Phụ lục\n\nMột.\n\n# Phụ lục\n\nHai.\n\n# Phụ lục 2\n\nBa.\n");

        Assert.Equal(["phu-luc", "phu-luc-3", "phu-luc-2"], Id().Matches(html).Select(m => m.Groups[1].Value));
    }

    [Theory]
    [InlineData("# A\n# A\n# A\n# A 2\n# A 3\n", "a a-4 a-5 a-2 a-3")]
    [InlineData("# A 2\n# A\n# A\n", "a-2 a a-3")]
    [InlineData("# ???\n# ???\n", "muc muc-2")]
    public void Ids_are_unique_whatever_the_order(string markdown, string expected) =>
        Assert.Equal(expected.Split(' '), Id().Matches(MarkdownPages.ToHtml(markdown)).Select(m => m.Groups[1].Value));

    [Fact]
    public void Three_appendix_headings_on_a_page_build()
    {
        using var workspace = Workspace.Create();
        File.WriteAllText(workspace.ContentFile("pages/phu-luc.md"), "---\ntitle: Phụ lục\n---\n\n## Phụ lục\n\n## Phụ lục\n\n## Phụ lục 2\n");

        var result = Runs.Build(workspace, write: false);

        Assert.Empty(Runs.Errors(result, workspace.Root));
    }

    [Fact]
    public void A_heading_whose_id_the_layout_already_uses_is_reported_at_the_heading()
    {
        // base.liquid has id="noi-dung" (the skip link's target).
        using var workspace = Workspace.Create();
        File.WriteAllText(workspace.ContentFile("pages/thu.md"), "---\ntitle: Thử\n---\n\nMở đầu.\n\n## Nội dung\n");

        var errors = Runs.Errors(Runs.Build(workspace, write: false), workspace.Root);

        Assert.Contains(errors, e => e.StartsWith("content/pages/thu.md:7:1: error: The page /thu/ has two elements with the id 'noi-dung'", StringComparison.Ordinal));
    }

    [GeneratedRegex("<h[1-6] id=\"([^\"]*)\"")]
    private static partial Regex Id();
}
