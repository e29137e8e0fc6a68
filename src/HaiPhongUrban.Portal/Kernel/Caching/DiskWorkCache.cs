using System.Collections.Concurrent;
using System.Text;

namespace HaiPhongUrban.Portal.Kernel.Caching;

/// <summary>
/// <see cref="WorkCache.OnDisk"/>: one file per kind of work (<c>page.pack</c>, <c>search.pack</c>) in a
/// folder named after the generation, each read whole the first time the run asks for that kind and written
/// whole, with only the entries the run used, when it ends. A file is replaced by a rename, so a build killed
/// while writing leaves the previous cache, and two builds at once leave one of theirs. A cache that cannot
/// be read (cut short, from another format, or a folder that cannot be written) is work done again, never an
/// error: it only ever saves time.
/// </summary>
internal sealed class DiskWorkCache : WorkCache
{
    private const string Magic = "haiphong-portal-cache 1";
    private const string Extension = ".pack";
    private const string Temporary = ".tmp";

    private readonly string _root;
    private readonly string _folder;
    private readonly string _generation;
    private readonly ConcurrentDictionary<string, Lazy<Dictionary<string, byte[]>>> _packs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Kind, string Key), byte[]> _fresh = new();

    public DiskWorkCache(string folder, string generation)
        : base(keeps: true, remembers: false)
    {
        _root = folder;
        _generation = generation;
        _folder = Path.Combine(folder, generation);
    }

    private protected override T? Stored<T>(string kind, string key, CacheCodec<T> codec)
        where T : class
    {
        if (!Pack(kind).TryGetValue(key, out var bytes))
        {
            return null;
        }

        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes, writable: false), Encoding.UTF8);
            return codec.Read(reader);
        }
        catch (Exception ex) when (ex is EndOfStreamException or IOException or FormatException or ArgumentException or InvalidDataException)
        {
            return null; // an entry that does not read back is made again, and rewritten
        }
    }

    private protected override void Added<T>(string kind, string key, T result, CacheCodec<T> codec)
        where T : class
    {
        using var bytes = new MemoryStream();
        using (var writer = new BinaryWriter(bytes, Encoding.UTF8, leaveOpen: true))
        {
            codec.Write(writer, result);
        }

        _fresh[(kind, key)] = bytes.ToArray();
    }

    private protected override void Save(IReadOnlyList<(string Kind, string Key)> used)
    {
        try
        {
            Directory.CreateDirectory(_folder);
            // What a build killed while writing its cache left: never read, so removed. (A build writing at
            // the same moment then fails to rename its file and saves nothing, which costs only time.)
            foreach (var stale in Directory.EnumerateFiles(_folder, "*" + Temporary))
            {
                File.Delete(stale);
            }

            foreach (var kind in used.Select(u => u.Kind).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                var keys = used.Where(u => u.Kind == kind).Select(u => u.Key).Order(StringComparer.Ordinal).ToList();
                var pack = Pack(kind);
                var entries = keys
                    .Select(key => (Key: key, Bytes: _fresh.TryGetValue((kind, key), out var fresh) ? fresh : pack.GetValueOrDefault(key)))
                    .Where(e => e.Bytes is not null)
                    .ToList();
                if (entries.Count == pack.Count && entries.All(e => !_fresh.ContainsKey((kind, e.Key))))
                {
                    continue; // the file on disk already holds exactly these entries
                }

                WritePack(Path.Combine(_folder, kind + Extension), entries!);
            }

            RemoveOtherGenerations();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A full disk or a read-only folder: the next build does the work again, which is all a cache failure costs.
        }

        _fresh.Clear();
        _packs.Clear();
    }

    private Dictionary<string, byte[]> Pack(string kind) =>
        _packs.GetOrAdd(kind, k => new Lazy<Dictionary<string, byte[]>>(() => ReadPack(Path.Combine(_folder, k + Extension)))).Value;

    private static Dictionary<string, byte[]> ReadPack(string path)
    {
        var entries = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        try
        {
            using var reader = new BinaryReader(File.OpenRead(path), Encoding.UTF8);
            if (reader.ReadString() != Magic)
            {
                return entries;
            }

            var count = reader.ReadInt32();
            for (var i = 0; i < count; i++)
            {
                var key = reader.ReadString();
                entries[key] = reader.ReadBytes(reader.ReadInt32());
            }

            return entries;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or EndOfStreamException or FormatException or ArgumentException)
        {
            return new Dictionary<string, byte[]>(StringComparer.Ordinal); // no cache yet, or one cut short: all work is done again
        }
    }

    private static void WritePack(string path, IReadOnlyList<(string Key, byte[] Bytes)> entries)
    {
        var temporary = $"{path}.{Environment.ProcessId}{Temporary}";
        using (var writer = new BinaryWriter(File.Create(temporary), Encoding.UTF8))
        {
            writer.Write(Magic);
            writer.Write(entries.Count);
            foreach (var (key, bytes) in entries)
            {
                writer.Write(key);
                writer.Write(bytes.Length);
                writer.Write(bytes);
            }
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Entries of another program version or theme can never be hit again: their folders go.</summary>
    private void RemoveOtherGenerations()
    {
        foreach (var folder in Directory.EnumerateDirectories(_root))
        {
            var name = Path.GetFileName(folder);
            if (name != _generation && WorkCacheFolder.IsGenerationName(name))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
