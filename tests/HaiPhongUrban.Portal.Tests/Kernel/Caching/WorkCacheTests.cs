using HaiPhongUrban.Portal.Kernel.Caching;

namespace HaiPhongUrban.Portal.Tests.Kernel.Caching;

/// <summary>
/// The build cache: a hit is the result made before for the same key, a miss makes it, and nothing it keeps
/// on disk survives a change of generation, a run that failed or a file cut short.
/// </summary>
public sealed class WorkCacheTests : IDisposable
{
    private static readonly CacheCodec<string> Text = new((w, s) => w.Write(s), r => r.ReadString());

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "portal-cache-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public void None_does_the_work_every_time()
    {
        var made = 0;
        WorkCache.None.GetOrAdd("k", () => "a", () => $"x{++made}", Text);
        Assert.Equal("x2", WorkCache.None.GetOrAdd("k", () => "a", () => $"x{++made}", Text));
        Assert.Equal("x3", WorkCache.None.Remember("k", "a", () => $"x{++made}"));
    }

    [Fact]
    public void None_never_hashes_the_input()
    {
        Assert.Equal("made", WorkCache.None.GetOrAdd("k", () => throw new InvalidOperationException("the key was made"), () => "made", Text));
    }

    [Fact]
    public void In_memory_a_key_is_made_once_per_session_and_dropped_after_a_run_that_did_not_use_it()
    {
        var cache = WorkCache.InMemory();
        var made = 0;
        Assert.Equal("x1", cache.Remember("k", "a", () => $"x{++made}"));
        Assert.Equal("x1", cache.Remember("k", "a", () => $"x{++made}"));
        Assert.Equal("y2", cache.GetOrAdd("k", () => "b", () => $"y{++made}", Text));
        cache.EndRun(succeeded: true);
        Assert.Equal(2, cache.Count);

        Assert.Equal("x1", cache.Remember("k", "a", () => $"x{++made}"));
        cache.EndRun(succeeded: true);
        Assert.Equal(1, cache.Count); // "b" was not used by the second run

        Assert.Equal("y3", cache.GetOrAdd("k", () => "b", () => $"y{++made}", Text));
    }

    [Fact]
    public void In_memory_a_run_that_failed_drops_nothing_it_did_not_reach()
    {
        var cache = WorkCache.InMemory();
        var made = 0;
        cache.Remember("k", "a", () => $"x{++made}");
        cache.Remember("k", "b", () => $"x{++made}");
        cache.EndRun(succeeded: true);

        // A rebuild stopped at an error before it came to "b".
        cache.Remember("k", "a", () => $"x{++made}");
        cache.EndRun(succeeded: false);

        Assert.Equal(2, cache.Count);
        Assert.Equal("x2", cache.Remember("k", "b", () => $"x{++made}"));
    }

    [Fact]
    public void Forgetting_a_path_drops_what_was_remembered_of_it_and_of_everything_in_a_folder()
    {
        var cache = WorkCache.InMemory();
        var folder = Path.Combine(_folder, "pages");
        string[] paths = [Path.Combine(folder, "a.md"), Path.Combine(folder, "b.md"), Path.Combine(_folder, "pages-old", "c.md")];
        foreach (var path in paths)
        {
            cache.Remember("page-file", path, () => "first");
        }

        cache.Forget([paths[0]]);
        Assert.Equal("second", cache.Remember("page-file", paths[0], () => "second"));
        Assert.Equal("first", cache.Remember("page-file", paths[1], () => "second"));

        cache.Forget([folder + Path.DirectorySeparatorChar]);
        Assert.Equal("third", cache.Remember("page-file", paths[1], () => "third"));
        Assert.Equal("first", cache.Remember("page-file", paths[2], () => "third")); // a sibling whose name only starts alike
    }

    [Fact]
    public void On_disk_a_later_run_reads_what_an_earlier_one_made_but_remembers_nothing_keyed_by_a_session()
    {
        var first = WorkCache.OnDisk(_folder, Generation('1'));
        Assert.Equal("made", first.GetOrAdd("markdown", () => "k1", () => "made", Text));
        first.Remember("page-file", "stamp", () => "kept only in memory");
        first.EndRun(succeeded: true);

        var second = WorkCache.OnDisk(_folder, Generation('1'));
        Assert.Equal("made", second.GetOrAdd("markdown", () => "k1", () => "made again", Text));
        Assert.Equal("made now", second.Remember("page-file", "stamp", () => "made now"));
        Assert.Equal("other", second.GetOrAdd("markdown", () => "k2", () => "other", Text));
    }

    [Fact]
    public void A_result_refused_by_keep_is_made_again_next_time_in_memory_and_on_disk()
    {
        foreach (var cache in new[] { WorkCache.InMemory(), WorkCache.OnDisk(_folder, Generation('3')) })
        {
            var made = 0;
            cache.GetOrAdd("page", () => "k", () => $"x{++made}", Text, keep: _ => false);
            cache.EndRun(succeeded: true);
            Assert.Equal("x2", cache.GetOrAdd("page", () => "k", () => $"x{++made}", Text, keep: _ => true));
            cache.EndRun(succeeded: true);
            Assert.Equal("x2", cache.GetOrAdd("page", () => "k", () => $"x{++made}", Text));
        }

        Assert.Equal("x2", WorkCache.OnDisk(_folder, Generation('3')).GetOrAdd("page", () => "k", () => "again", Text));
    }

    [Fact]
    public void A_failed_run_writes_nothing_to_disk()
    {
        var first = WorkCache.OnDisk(_folder, Generation('1'));
        first.GetOrAdd("markdown", () => "k1", () => "made", Text);
        first.EndRun(succeeded: false);

        Assert.False(Directory.Exists(Path.Combine(_folder, Generation('1'))));
        Assert.Equal("made again", WorkCache.OnDisk(_folder, Generation('1')).GetOrAdd("markdown", () => "k1", () => "made again", Text));
    }

    [Fact]
    public void Another_generation_reads_none_of_the_old_entries_and_removes_them()
    {
        var old = WorkCache.OnDisk(_folder, Generation('1'));
        old.GetOrAdd("markdown", () => "k1", () => "old", Text);
        old.EndRun(succeeded: true);
        var unrelated = Directory.CreateDirectory(Path.Combine(_folder, "notes")).FullName;

        var next = WorkCache.OnDisk(_folder, Generation('2'));
        Assert.Equal("new", next.GetOrAdd("markdown", () => "k1", () => "new", Text));
        next.EndRun(succeeded: true);

        Assert.False(Directory.Exists(Path.Combine(_folder, Generation('1'))));
        Assert.True(Directory.Exists(Path.Combine(_folder, Generation('2'))));
        Assert.True(Directory.Exists(unrelated)); // only folders named like a generation are the cache's to remove
    }

    [Fact]
    public void Entries_a_run_did_not_use_are_not_written_again()
    {
        var first = WorkCache.OnDisk(_folder, Generation('1'));
        first.GetOrAdd("markdown", () => "a", () => "A", Text);
        first.GetOrAdd("markdown", () => "b", () => "B", Text);
        first.EndRun(succeeded: true);

        var second = WorkCache.OnDisk(_folder, Generation('1'));
        second.GetOrAdd("markdown", () => "a", () => "A again", Text);
        second.EndRun(succeeded: true);

        var third = WorkCache.OnDisk(_folder, Generation('1'));
        Assert.Equal("A", third.GetOrAdd("markdown", () => "a", () => "A again", Text));
        Assert.Equal("B again", third.GetOrAdd("markdown", () => "b", () => "B again", Text));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    [InlineData(40)]
    public void A_pack_cut_short_or_overwritten_is_work_done_again_not_an_error(int keep)
    {
        var first = WorkCache.OnDisk(_folder, Generation('1'));
        first.GetOrAdd("markdown", () => "k1", () => new string('x', 100), Text);
        first.EndRun(succeeded: true);
        var pack = Path.Combine(_folder, Generation('1'), "markdown.pack");
        var bytes = File.ReadAllBytes(pack);
        File.WriteAllBytes(pack, bytes[..Math.Min(keep, bytes.Length)]);

        Assert.Equal("fresh", WorkCache.OnDisk(_folder, Generation('1')).GetOrAdd("markdown", () => "k1", () => "fresh", Text));
    }

    [Fact]
    public void A_key_hashes_each_part_apart_from_its_neighbours()
    {
        Assert.NotEqual(CacheKey.Of("ab", "c"), CacheKey.Of("a", "bc"));
        Assert.Equal(CacheKey.Of("đô thị"), CacheKey.Of("đô thị"));
        Assert.Equal(64, CacheKey.Of("x").Length);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static string Generation(char digit) => new(digit, 32);
}
