using HaiPhongUrban.Portal.Building;
using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Kernel.Urls;
using HaiPhongUrban.Portal.Rendering;
using HaiPhongUrban.Portal.Sections.Updates.Model;
using HaiPhongUrban.Portal.Tests.Support;
using static HaiPhongUrban.Portal.Tests.Support.StrictXml;

namespace HaiPhongUrban.Portal.Tests.Publishing;

/// <summary>
/// The seed content as committed, whose site.yml has no base_url yet: the feed is still valid Atom with
/// site-relative links, but a sitemap (which must hold absolute addresses) is not written, robots.txt
/// names none, and the base_url warning says so.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class PublishDiscoveryFilesWithoutBaseUrlTests(BuiltSite site)
{
    [Fact]
    public void No_sitemap_is_written_robots_txt_names_none_and_the_warning_says_why()
    {
        Assert.False(File.Exists(site.FileOf(SiteRoutes.Sitemap)));
        Assert.Equal("User-agent: *\nAllow: /\n", File.ReadAllText(site.FileOf(SiteRoutes.Robots)));

        var warning = Assert.Single(site.Result.Diagnostics, d => d.Message == Messages.BaseUrlNotFilled);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("sitemap.xml", warning.Text(UiLanguage.English), StringComparison.Ordinal);
        Assert.Contains("sitemap.xml", warning.Text(UiLanguage.Vietnamese), StringComparison.Ordinal);
    }

    [Fact]
    public void The_feed_links_are_site_relative_and_each_leads_to_a_file_of_the_output()
    {
        var feed = Parse(File.ReadAllBytes(site.FileOf(UpdateRoutes.Feed))).Root!;
        var links = feed.Descendants(InAtom("link")).Select(l => l.Attribute("href")!.Value).ToList();

        Assert.NotEmpty(links);
        Assert.All(links, link => Assert.True(link.StartsWith('/') && File.Exists(site.FileOf(link)), $"{link} is not a file of the output"));
        Assert.All(feed.Descendants(InAtom("id")), id => Assert.StartsWith("urn:uuid:", id.Value, StringComparison.Ordinal));
    }

    /// <summary>Two builds of the same content in different folders, with Netlify's --base-url: the same bytes.</summary>
    [Fact]
    public void The_same_content_built_twice_gives_the_same_feed_sitemap_and_robots_txt()
    {
        using var first = Workspace.Create();
        using var second = Workspace.Create();
        byte[][] Build(Workspace workspace)
        {
            var result = SiteBuilder.Run(new BuildRequest(workspace.Content, workspace.Theme, workspace.Output, true, workspace.Root, "https://quy-hoach.example.vn"));
            Assert.True(result.Succeeded);
            return [.. new[] { UpdateRoutes.Feed, SiteRoutes.Sitemap, SiteRoutes.Robots }.Select(url => File.ReadAllBytes(Path.Combine(workspace.Output, UrlPath.OutputFile(url))))];
        }

        var once = Build(first);
        var twice = Build(second);

        Assert.Equal(once, twice);
        Assert.Contains("https://quy-hoach.example.vn/ket-luan/", System.Text.Encoding.UTF8.GetString(once[1]), StringComparison.Ordinal);
    }
}
