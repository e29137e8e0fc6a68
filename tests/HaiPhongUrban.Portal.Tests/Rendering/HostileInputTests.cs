using HaiPhongUrban.Portal.Tests.Support;

namespace HaiPhongUrban.Portal.Tests.Rendering;

/// <summary>HTML or script typed into content is shown as text, never run; Markdown adds no inline style.</summary>
public sealed class HostileInputTests
{
    [Fact]
    public void Script_in_front_matter_and_markdown_is_escaped_and_table_alignment_is_a_class()
    {
        using var workspace = Workspace.Create();
        workspace.Overlay(Path.Combine(RepoPaths.Fixtures, "hostile"));
        var registry = workspace.ContentFile("van-ban.yml");
        File.WriteAllText(registry, File.ReadAllText(registry).Replace(
            "title: Chiến lược kinh tế biển", "title: Chiến lược <img src=x onerror=alert(1)>"));

        var result = Runs.Build(workspace);

        Assert.True(result.Succeeded, string.Join('\n', Runs.Errors(result, workspace.Root)));
        foreach (var file in Directory.EnumerateFiles(workspace.Output, "*.html", SearchOption.AllDirectories))
        {
            var html = File.ReadAllText(file);
            Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<img src=x onerror", html, StringComparison.Ordinal);
            Assert.DoesNotContain("style=", html, StringComparison.Ordinal);
        }

        var page = BuiltSite.Parse(Path.Combine(workspace.Output, "lien-he", "index.html"));
        Assert.Contains("<script>alert(1)</script>", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("onerror=alert(1)", page.QuerySelector("article")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("article script, article img"));
        Assert.Equal(["align-left", "align-center", "align-right"], page.QuerySelectorAll("tbody td").Select(td => td.ClassName));

        var strategy = BuiltSite.Parse(Path.Combine(workspace.Output, "van-ban", "chien-luoc-kinh-te-bien", "index.html"));
        Assert.Contains("<img src=x onerror=alert(1)>", strategy.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }
}
