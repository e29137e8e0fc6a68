using HaiPhongUrban.Portal.Kernel.Urls;
using HaiPhongUrban.Portal.Sections.Pages.Validation;
using HaiPhongUrban.Portal.Tests.Support;

namespace HaiPhongUrban.Portal.Tests.Validation;

public sealed class ValidatePagesTests
{
    [Theory]
    [InlineData("javascript:alert(1)", "javascript")]
    [InlineData("JaVaScRiPt:alert(1)", "javascript")]
    [InlineData("java\tscript:alert(1)", "javascript")]
    [InlineData(" data:text/html,x", "data")]
    [InlineData("https://example.org/", "https")]
    [InlineData("mailto:a@b.vn", "mailto")]
    [InlineData("/ket-luan/#han-che-5", null)]
    [InlineData("../van-ban/", null)]
    [InlineData("#dinh-chinh-1", null)]
    [InlineData("/tim-kiem/?q=a:b", null)]
    public void Scheme_is_read_as_a_browser_would(string url, string? scheme) =>
        Assert.Equal(scheme, ContentUrl.SchemeOf(url));

    [Fact]
    public void A_markdown_page_cannot_take_the_address_of_the_change_history()
    {
        using var workspace = Workspace.Create();
        File.WriteAllText(workspace.ContentFile("pages/cap-nhat.md"), "---\ntitle: Cập nhật\n---\nx\n");

        var errors = Runs.Errors(Runs.Build(workspace, write: false), workspace.Root);

        Assert.Contains(errors, e => e.StartsWith("content/pages/cap-nhat.md:1:1: error: This page would live at /cap-nhat/", StringComparison.Ordinal));
    }
}
