using HaiPhongUrban.Portal.Building;
using HaiPhongUrban.Portal.Kernel.Caching;
using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Kernel.Output;
using HaiPhongUrban.Portal.Rendering;
using HaiPhongUrban.Portal.Serving;
using HaiPhongUrban.Portal.Tests.Support;

namespace HaiPhongUrban.Portal.Tests.Building;

/// <summary>
/// <c>serve</c>'s rebuild after a save, on the real content: it renders at once only the pages the saved file
/// makes and leaves the rest to render on request, yet every file it serves is the byte a whole build writes,
/// and a link the save broke, in the page itself or in a page linking to it, is reported in that rebuild.
/// </summary>
public sealed class PagesToRenderNowTests : IDisposable
{
    private readonly Workspace _workspace = Workspace.Create();
    private readonly WorkCache _cache = WorkCache.InMemory();

    [Fact]
    public void A_rebuild_after_one_page_is_saved_serves_the_bytes_of_a_whole_build()
    {
        var (_, first, _) = Preview(since: null);
        _workspace.Edit("content/pages/gioi-thieu.md", "title: ", "title: Đã sửa — ");
        var (sink, _, result) = Preview(new PreviousPreview([_workspace.ContentFile("pages/gioi-thieu.md")], first));
        Assert.True(result.Succeeded);

        // Rendered now: the saved page, not the site; the others wait for the browser.
        Assert.Contains("gioi-thieu/index.html", sink.Files.Keys);
        Assert.Contains("ket-luan/index.html", sink.Later.Keys);
        Assert.True(sink.Later.Count > 50, $"only {sink.Later.Count} pages were left to render on request");
        Assert.Single(sink.LaterFolders);

        var (whole, _, _) = Preview(since: null, WorkCache.None);
        var served = PublishedSite.Of(sink);
        var expected = PublishedSite.Of(whole);
        var paths = whole.Files.Keys.Where(p => p != "_redirects").ToList();
        Assert.Contains(paths, p => p.StartsWith("tim-kiem/", StringComparison.Ordinal) && p.EndsWith(".json", StringComparison.Ordinal));
        var differing = paths.Where(p => !(served.File("/" + p) ?? []).AsSpan().SequenceEqual(expected.File("/" + p))).ToList();
        Assert.True(differing.Count == 0, "served differently from a whole build: " + string.Join(", ", differing.Take(10)));
        Assert.Contains("Đã sửa — ", System.Text.Encoding.UTF8.GetString(served.File("/gioi-thieu/index.html")!));
    }

    [Fact]
    public void A_link_the_save_breaks_in_the_saved_page_is_reported()
    {
        var (_, first, _) = Preview(since: null);
        File.AppendAllText(_workspace.ContentFile("pages/gioi-thieu.md"), "\n[Trang chưa có](/chua-co-trang-nay/)\n");
        var (_, _, result) = Preview(new PreviousPreview([_workspace.ContentFile("pages/gioi-thieu.md")], first));

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(Messages.LinkBroken, error.Message);
        Assert.EndsWith("gioi-thieu.md", error.Location.FilePath, StringComparison.Ordinal);
    }

    [Fact]
    public void Removing_a_page_reports_the_pages_that_still_link_to_it()
    {
        File.WriteAllText(_workspace.ContentFile("pages/muc-a.md"), "---\ntitle: Mục A\n---\nXem [mục B](/muc-b/#phan-hai).\n");
        File.WriteAllText(_workspace.ContentFile("pages/muc-b.md"), "---\ntitle: Mục B\n---\n## Phần hai\n\nNội dung.\n");
        var (_, first, _) = Preview(since: null);

        File.Delete(_workspace.ContentFile("pages/muc-b.md"));
        var (_, _, result) = Preview(new PreviousPreview([_workspace.ContentFile("pages/muc-b.md")], first));

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(Messages.LinkBroken, error.Message);
        Assert.EndsWith("muc-a.md", error.Location.FilePath, StringComparison.Ordinal);
    }

    [Fact]
    public void Renaming_a_heading_reports_the_anchor_another_page_links_to_though_that_page_is_not_rendered_again()
    {
        File.WriteAllText(_workspace.ContentFile("pages/muc-a.md"), "---\ntitle: Mục A\n---\nXem [mục B](/muc-b/#phan-hai).\n");
        File.WriteAllText(_workspace.ContentFile("pages/muc-b.md"), "---\ntitle: Mục B\n---\n## Phần hai\n\nNội dung.\n");
        var (_, first, _) = Preview(since: null);

        _workspace.Edit("content/pages/muc-b.md", "## Phần hai", "## Phần ba");
        var (sink, _, result) = Preview(new PreviousPreview([_workspace.ContentFile("pages/muc-b.md")], first));

        Assert.Contains("muc-a/index.html", sink.Later.Keys);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(Messages.AnchorBroken, error.Message);
        Assert.EndsWith("muc-a.md", error.Location.FilePath, StringComparison.Ordinal);
    }

    [Fact]
    public void A_saved_theme_file_or_site_yml_renders_every_page()
    {
        var (_, first, _) = Preview(since: null);
        var template = Directory.EnumerateFiles(_workspace.Theme, "*.liquid", SearchOption.AllDirectories).First();
        string[] everyPage = [_workspace.ContentFile("site.yml")];
        Assert.Null(PagesToRenderNow.Of(new PreviousPreview([template], first), [], [], _workspace.Content, everyPage));
        Assert.Null(PagesToRenderNow.Of(new PreviousPreview([_workspace.ContentFile("site.yml")], first), [], [], _workspace.Content, everyPage));
        Assert.Null(PagesToRenderNow.Of(new PreviousPreview([_workspace.Content], first), [], [], _workspace.Content, everyPage));
        Assert.Null(PagesToRenderNow.Of(since: null, [], [], _workspace.Content, everyPage));

        File.AppendAllText(_workspace.ContentFile("site.yml"), "\n# saved\n");
        var (sink, _, result) = Preview(new PreviousPreview([_workspace.ContentFile("site.yml")], first));
        Assert.True(result.Succeeded);
        Assert.Empty(sink.Later);
    }

    public void Dispose() => _workspace.Dispose();

    private (MemorySink Sink, IReadOnlyList<RenderedLinks> Links, BuildResult Result) Preview(PreviousPreview? since, WorkCache? cache = null)
    {
        // As serve does with the paths its watcher reports: what was read of them is read again.
        _cache.Forget(since?.ChangedFiles ?? []);
        var sink = new MemorySink();
        var result = SiteBuilder.Run(
            new BuildRequest(_workspace.Content, _workspace.Theme, _workspace.Output, Write: false, _workspace.Root) { Cache = cache ?? _cache, Since = since },
            into: sink);
        Assert.True(since is not null || result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.Text(UiLanguage.English))));
        return (sink, result.Links, result);
    }
}
