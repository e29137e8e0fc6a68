using HaiPhongUrban.Portal.Serving;
using System.Text;

namespace HaiPhongUrban.Portal.Tests.Serving;

/// <summary>The preview adds its style and script as same-origin files at the end of the head, and the panel as the body's first element.</summary>
public sealed class PreviewPageTests
{
    private const string Page = "<!DOCTYPE html><html lang=\"vi\"><head><title>T</title></head><body class=\"page\"><a href=\"#main\">skip</a></body></html>";

    [Fact]
    public void Adds_style_and_script_to_the_head_and_the_panel_first_in_the_body()
    {
        var html = Encoding.UTF8.GetString(PreviewPage.Decorate(Encoding.UTF8.GetBytes(Page), "<section>P</section>", "abc"));

        Assert.Equal(
            "<!DOCTYPE html><html lang=\"vi\"><head><title>T</title><link rel=\"stylesheet\" href=\"/__portal/preview.css\"><script src=\"/__portal/reload.js\" data-etag=\"abc\" defer></script></head>"
            + "<body class=\"page\"><section>P</section><a href=\"#main\">skip</a></body></html>",
            html);
    }

    [Fact]
    public void Without_problems_the_body_is_untouched()
    {
        var html = Encoding.UTF8.GetString(PreviewPage.Decorate(Encoding.UTF8.GetBytes(Page), null, "abc"));

        Assert.EndsWith("<body class=\"page\"><a href=\"#main\">skip</a></body></html>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/__portal/reload.js", "EventSource")]
    [InlineData("/__portal/preview.css", ".portal-preview-problems")]
    public void Serves_its_own_files_from_the_program(string path, string expected)
    {
        Assert.Contains(expected, Encoding.UTF8.GetString(PreviewPage.Asset(path)!), StringComparison.Ordinal);
    }

    [Fact]
    public void Has_no_other_files()
    {
        Assert.Null(PreviewPage.Asset("/__portal/secret"));
    }
}
