using HaiPhongUrban.Portal.Kernel.Caching;

namespace HaiPhongUrban.Portal.Rendering.Search;

/// <summary>
/// The search index's files from the build cache when a run before cut the same entries into files: the
/// key hashes every field of every entry, in order, and the index's format version, so any change of what
/// search finds is a miss. Cutting a 10,000-page site's index is seconds of a build; hashing it, a few
/// hundredths.
/// </summary>
public static class SearchIndexCache
{
    public const string Kind = "search";

    private static readonly CacheCodec<SearchIndexFiles> Codec = new(Write, Read);

    public static SearchIndexFiles Files(SearchIndex index, WorkCache cache) =>
        cache.GetOrAdd(Kind, () => Key(index), () => SearchIndexFile.Of(index), Codec);

    private static string Key(SearchIndex index)
    {
        using var key = new CacheKey();
        key.Add(SearchIndexFile.FormatVersion.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var entry in index.Entries)
        {
            key.Add(entry.Kind).Add(entry.Number).Add(entry.Title).Add(entry.Heading).Add(entry.Text).Add(entry.Url);
        }

        return key.Finish();
    }

    private static void Write(BinaryWriter writer, SearchIndexFiles files)
    {
        writer.Write(files.Parts.Count + 1);
        foreach (var file in files.All)
        {
            writer.Write(file.Url);
            writer.Write(file.Bytes.Length);
            writer.Write(file.Bytes);
        }
    }

    private static SearchIndexFiles Read(BinaryReader reader)
    {
        var files = CacheLists.Read(reader, ReadFile);
        return files.Count > 0 ? new SearchIndexFiles(files[0], files[1..]) : throw new InvalidDataException("no manifest");
    }

    private static StaticFile ReadFile(BinaryReader reader)
    {
        var url = reader.ReadString();
        var length = reader.ReadInt32();
        var bytes = reader.ReadBytes(length);
        return bytes.Length == length ? new StaticFile(url, bytes) : throw new EndOfStreamException();
    }
}
