using HaiPhongUrban.Portal.Serving;
using HaiPhongUrban.Portal.Kernel.Diagnostics;
using AngleSharp.Html.Parser;

namespace HaiPhongUrban.Portal.Tests.Serving;

/// <summary>The problem panel lists each problem as the terminal does, in the chosen language, and shows content as text.</summary>
public sealed class ProblemPanelTests
{
    private const string WorkingDirectory = "/repo";
    private const string Hostile = "<script>alert(1)</script><img src=x onerror=alert(1)>";

    private static readonly Diagnostic Error = new(Severity.Error, new SourceLocation("/repo/content/pages/x.md", 4, 9), Messages.FileMissing, [Hostile]);
    private static readonly Diagnostic Warning = new(Severity.Warning, new SourceLocation("/repo/content/site.yml", 12, 1), Messages.FolderMissing, ["content/a"]);

    [Fact]
    public void Lists_errors_before_warnings_with_their_place_severity_and_message()
    {
        var state = new PreviewState(PublishedSite.Empty, 3, [Warning, Error]);

        var panel = new HtmlParser().ParseDocument(ProblemPanel.Html(state, UiLanguage.Vietnamese, WorkingDirectory)).QuerySelector("body > section")!;

        Assert.Equal("vi", panel.GetAttribute("lang"));
        Assert.Equal(ProblemPanel.HeadingId, panel.GetAttribute("aria-labelledby"));
        Assert.Equal("-1", panel.QuerySelector("h2")!.GetAttribute("tabindex"));
        var items = panel.QuerySelectorAll("li");
        Assert.Equal(["content/pages/x.md:4:9", "content/site.yml:12:1"], items.Select(i => i.QuerySelector("code")!.TextContent));
        Assert.Equal(["lỗi", "cảnh báo"], items.Select(i => i.QuerySelector("strong")!.TextContent));
        Assert.Equal(Error.Text(UiLanguage.Vietnamese), items[0].QuerySelectorAll("p")[1].TextContent);
        Assert.Contains("Lần dựng mới nhất dừng vì 1 lỗi.", panel.TextContent, StringComparison.Ordinal);
        Assert.Contains("Chưa có lần dựng nào thành công", panel.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Shows_html_from_the_content_as_text()
    {
        var html = ProblemPanel.Html(new PreviewState(PublishedSite.Empty, 1, [Error]), UiLanguage.English, WorkingDirectory);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        var panel = new HtmlParser().ParseDocument(html);
        Assert.Contains(Hostile, panel.QuerySelector("li")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Is_worded_in_english_with_lang_en()
    {
        var page = new HtmlParser().ParseDocument(ProblemPanel.Page(new PreviewState(PublishedSite.Empty, 1, [Error]), UiLanguage.English, WorkingDirectory));

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Content has errors", page.Title);
        Assert.Equal("Content has errors: the site was not rebuilt", page.QuerySelector("main section h2")!.TextContent);
        Assert.Equal("error", page.QuerySelector("li strong")!.TextContent);
        Assert.Contains("No build has succeeded yet", page.Body!.TextContent, StringComparison.Ordinal);
    }
}
