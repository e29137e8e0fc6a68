using HaiPhongUrban.Portal.Building;
using HaiPhongUrban.Portal.Kernel.Caching;
using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Tests.Support;

namespace HaiPhongUrban.Portal.Tests.Building;

/// <summary>
/// A build that reuses an earlier run's work (<see cref="WorkCache.OnDisk"/>) writes the same bytes as one
/// without any cache, file for file, on the real content; and a new theme or a new program never reads the
/// entries an older one made.
/// </summary>
public sealed class CachedBuildTests : IDisposable
{
    private readonly Workspace _workspace = Workspace.Create();

    [Fact]
    public void A_build_from_a_warm_cache_writes_the_same_bytes_as_a_build_without_one()
    {
        var clean = Build(WorkCache.None, "clean");
        var cold = WorkCache.OnDisk(CacheFolder, Generation());
        var first = Build(cold, "cold");
        var warm = WorkCache.OnDisk(CacheFolder, Generation());
        var second = Build(warm, "warm");

        Assert.Equal(0, cold.DiskHits);
        // Every Markdown page's parse and the search index's files.
        var reusable = Directory.GetFiles(Path.Combine(_workspace.Content, "pages"), "*.md").Length + 1;
        Assert.True(warm.DiskHits >= reusable, $"the second build read {warm.DiskHits} results from the cache: it should reuse each of the {reusable - 1} Markdown pages and the search index");
        AssertSameFiles(clean, first);
        AssertSameFiles(clean, second);
    }

    [Fact]
    public void A_page_with_a_problem_is_reported_by_every_run()
    {
        File.WriteAllText(Path.Combine(_workspace.Content, "pages", "loi.md"), "---\ntitle: Lỗi\ntitel: gõ nhầm\n---\nNội dung.\n");
        var request = new BuildRequest(_workspace.Content, _workspace.Theme, _workspace.Output, Write: false, _workspace.Root);

        var first = SiteBuilder.Run(request with { Cache = WorkCache.OnDisk(CacheFolder, Generation()) });
        var second = SiteBuilder.Run(request with { Cache = WorkCache.OnDisk(CacheFolder, Generation()) });

        var error = Assert.Single(first.Diagnostics, d => d.Severity == Severity.Error);
        Assert.EndsWith("loi.md", error.Location.FilePath, StringComparison.Ordinal);
        Assert.Equal(first.Diagnostics.Select(d => $"{d.Location}: {d.Text(UiLanguage.English)}"), second.Diagnostics.Select(d => $"{d.Location}: {d.Text(UiLanguage.English)}"));
    }

    [Fact]
    public void A_changed_theme_starts_a_new_generation_whose_build_matches_a_clean_one()
    {
        Build(WorkCache.OnDisk(CacheFolder, Generation()), "before");
        var before = Generation();
        // A theme string the search index's entries quote (the kind of a document) and pages show.
        var strings = Directory.EnumerateFiles(_workspace.Theme, "*.yml", SearchOption.AllDirectories).First(f => File.ReadAllText(f).Contains("search", StringComparison.Ordinal));
        File.AppendAllText(strings, "\n# a comment changes the bytes, so the generation\n");
        var after = Generation();
        Assert.NotEqual(before, after);

        var cache = WorkCache.OnDisk(CacheFolder, after);
        var cached = Build(cache, "after");
        Assert.Equal(0, cache.DiskHits);
        AssertSameFiles(Build(WorkCache.None, "clean"), cached);
        Assert.Equal([after], Directory.GetDirectories(CacheFolder).Select(Path.GetFileName));
    }

    [Fact]
    public void A_new_program_version_is_a_new_generation()
    {
        Assert.NotEqual(WorkCacheFolder.Generation(_workspace.Theme, "build 1"), WorkCacheFolder.Generation(_workspace.Theme, "build 2"));
        Assert.Equal(WorkCacheFolder.Generation(_workspace.Theme, "build 1"), WorkCacheFolder.Generation(_workspace.Theme, "build 1"));
        Assert.Contains(typeof(WorkCacheFolder).Assembly.ManifestModule.ModuleVersionId.ToString("N"), WorkCacheFolder.ProgramVersion, StringComparison.Ordinal);
    }

    [Fact]
    public void The_cache_lies_beside_content_never_in_the_output_content_or_theme_folder()
    {
        Assert.Equal(Path.Combine(_workspace.Root, ".cache", "portal"), WorkCacheFolder.For(_workspace.Content));
        Assert.Same(WorkCache.None, WorkCacheFolder.Open(_workspace.Content, _workspace.Theme, _workspace.Root));
        Assert.Same(WorkCache.None, WorkCacheFolder.Open(_workspace.Content, _workspace.Theme, Path.Combine(_workspace.Root, ".cache", "portal", "site")));
        Assert.NotSame(WorkCache.None, WorkCacheFolder.Open(_workspace.Content, _workspace.Theme, _workspace.Output));
    }

    public void Dispose() => _workspace.Dispose();

    private string CacheFolder => WorkCacheFolder.For(_workspace.Content);

    private string Generation() => WorkCacheFolder.Generation(_workspace.Theme, "test build");

    private string Build(WorkCache cache, string name)
    {
        var output = Path.Combine(_workspace.Root, "out-" + name);
        var result = SiteBuilder.Run(new BuildRequest(_workspace.Content, _workspace.Theme, output, Write: true, _workspace.Root) { Cache = cache });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.Text(UiLanguage.English))));
        return output;
    }

    private static void AssertSameFiles(string expected, string actual)
    {
        var files = Files(expected);
        Assert.Equal(files, Files(actual));
        Assert.Contains(files, f => f.StartsWith("tim-kiem/", StringComparison.Ordinal) && f.EndsWith(".json", StringComparison.Ordinal));
        var differing = files.Where(f => !File.ReadAllBytes(Path.Combine(expected, f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(actual, f)))).ToList();
        Assert.True(differing.Count == 0, "differ: " + string.Join(", ", differing.Take(10)));
    }

    private static List<string> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f)).Order(StringComparer.Ordinal).ToList();
}
