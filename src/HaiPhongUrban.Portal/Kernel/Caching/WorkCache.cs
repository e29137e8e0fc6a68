using System.Collections.Concurrent;

namespace HaiPhongUrban.Portal.Kernel.Caching;

/// <summary>
/// Work a build can skip because an earlier run did it on the same input: a Markdown page loaded, the search
/// index cut into files, the theme parsed. Every entry is found by a key that
/// hashes all its input (<see cref="CacheKey"/>), so a hit is the same result the work would give now, never
/// a stale one. <see cref="None"/> keeps nothing (tests, <c>--no-cache</c>); <see cref="InMemory"/> keeps
/// results for the life of a <c>serve</c> session; <see cref="OnDisk"/> keeps those that can be written as
/// bytes from one <c>build</c> to the next. Entries a run that succeeded did not use are dropped by
/// <see cref="EndRun"/>, so neither memory nor the cache folder grows with every edit. Thread-safe: pages
/// load in parallel.
/// </summary>
public class WorkCache
{
    private readonly ConcurrentDictionary<(string Kind, string Key), object> _kept = new();
    private readonly ConcurrentDictionary<(string Kind, string Key), byte> _used = new();
    private readonly bool _keeps;

    /// <summary>Whether <see cref="Remember{T}"/> keeps anything: only a session's memory, told of every change, can.</summary>
    private readonly bool _remembers;

    private protected WorkCache(bool keeps, bool remembers)
    {
        _keeps = keeps;
        _remembers = remembers;
    }

    /// <summary>A cache that keeps nothing: every piece of work is done again.</summary>
    public static WorkCache None { get; } = new(keeps: false, remembers: false);

    /// <summary>A cache for one <c>serve</c> session: results kept as objects between its rebuilds.</summary>
    public static WorkCache InMemory() => new(keeps: true, remembers: true);

    /// <summary>
    /// A cache kept in <paramref name="folder"/> between builds, for results with a <see cref="CacheCodec{T}"/>
    /// (others are kept for the run only). <paramref name="generation"/> names the program version and theme the
    /// entries were made with: a cache of another generation is not read and is removed at the end of the run.
    /// </summary>
    public static WorkCache OnDisk(string folder, string generation) => new DiskWorkCache(folder, generation);

    /// <summary>
    /// The result of <paramref name="make"/> for the input <paramref name="keyOf"/> hashes, made now only when no
    /// run made it before. A result <paramref name="keep"/> refuses is returned but not kept (a page whose
    /// loading reported a problem: the problem must be reported again next time). The key is asked for only
    /// when the cache keeps results: hashing the text of 10,000 pages for nothing cost a build without the
    /// cache 0.2 s of CPU.
    /// </summary>
    public T GetOrAdd<T>(string kind, Func<string> keyOf, Func<T> make, CacheCodec<T> codec, Func<T, bool>? keep = null)
        where T : class
    {
        if (!_keeps)
        {
            return make();
        }

        var key = keyOf();
        _used[(kind, key)] = 0;
        if (_kept.TryGetValue((kind, key), out var kept))
        {
            return (T)kept;
        }

        var stored = Stored(kind, key, codec);
        if (stored is not null)
        {
            Interlocked.Increment(ref _hits);
        }

        var result = stored ?? make();
        if (stored is null && keep is not null && !keep(result))
        {
            _used.TryRemove((kind, key), out _);
            return result;
        }

        _kept[(kind, key)] = result;
        if (stored is null)
        {
            Added(kind, key, result, codec);
        }

        return result;
    }

    /// <summary>
    /// Like <see cref="GetOrAdd{T}"/> for results that cannot be written as bytes, or whose key is not a hash of
    /// the content but a file's path, which only a session that is told of every change can trust (it calls
    /// <see cref="Forget"/> with each file saved): kept in memory only, so on disk this is the work done again.
    /// </summary>
    public T Remember<T>(string kind, string key, Func<T> make)
        where T : class
    {
        if (!_remembers)
        {
            return make();
        }

        _used[(kind, key)] = 0;
        return (T)_kept.GetOrAdd((kind, key), _ => make());
    }

    /// <summary>
    /// Drops every result <see cref="Remember{T}"/> keeps under one of these paths (a file, or a folder and
    /// everything in it): what <c>serve</c> does with the paths its watcher reports before each rebuild.
    /// </summary>
    public void Forget(IEnumerable<string> paths)
    {
        var gone = paths.Select(p => Path.TrimEndingDirectorySeparator(Path.GetFullPath(p))).ToList();
        foreach (var key in _kept.Keys.Where(k => gone.Any(p => k.Key == p || k.Key.StartsWith(p + Path.DirectorySeparatorChar, StringComparison.Ordinal))).ToList())
        {
            _kept.TryRemove(key, out _);
        }
    }

    /// <summary>
    /// Ends a run: after a run that succeeded, entries it did not use are dropped and a cache on disk writes what
    /// it keeps (so a failed build never leaves a half-written cache behind, nor drops what it did not reach).
    /// </summary>
    public void EndRun(bool succeeded)
    {
        if (!_keeps)
        {
            return;
        }

        // A run that stopped at an error may not have reached what it would have used (a serve rebuild stopped
        // by a page's typo never publishes the million rows it kept): only a run that succeeded says what is unused.
        if (succeeded)
        {
            foreach (var key in _kept.Keys.Where(k => !_used.ContainsKey(k)).ToList())
            {
                _kept.TryRemove(key, out _);
            }

            Save(_used.Keys.ToList());
        }

        _used.Clear();
    }

    /// <summary>Whether <see cref="Remember{T}"/> keeps its results: in a <c>serve</c> session only.</summary>
    public bool Remembers => _remembers;

    /// <summary>How many results are kept now, for the tests.</summary>
    public int Count => _kept.Count;

    private int _hits;

    /// <summary>How many results were read back from disk rather than made, over the cache's life (for the tests).</summary>
    public int DiskHits => _hits;

    private protected virtual T? Stored<T>(string kind, string key, CacheCodec<T> codec)
        where T : class => null;

    private protected virtual void Added<T>(string kind, string key, T result, CacheCodec<T> codec)
        where T : class
    {
    }

    private protected virtual void Save(IReadOnlyList<(string Kind, string Key)> used)
    {
    }
}
