using System.Text;
using System.Text.Json;
using HaiPhongUrban.Portal.Sections;

namespace HaiPhongUrban.Portal.Rendering.Search;

/// <summary>
/// The bundles <c>muc-N</c> of <see cref="SearchIndexFile"/>: the entries as a JSON array each, a fixed number
/// a bundle, that number set by the entries' mean serialised length so that a bundle holds about
/// <see cref="BundleBytes"/>.
/// </summary>
/// <remarks>
/// The mean is known before any entry is serialised: an entry none of whose fields the encoder escapes is
/// as long as an empty entry plus its fields' UTF-8 bytes, and only the others are serialised to be measured.
/// Each bundle is then written once, straight from its entries: every entry serialised into an array of its
/// own, then copied into its bundle, was 30 MB of a 10,000-page build's search index allocated twice.
/// </remarks>
internal static class SearchBundles
{
    /// <summary>About how many bytes a bundle holds: a query fetches a few (and a few postings files, <see cref="SearchPostingsFiles.FileBytes"/> each).</summary>
    private const int BundleBytes = 4096;

    private const int MostEntries = 64;

    /// <summary>How many entries a bundle holds, and the bundles in order.</summary>
    public static (int Bundle, byte[][] Files) Of(IReadOnlyList<SearchEntry> entries, JsonSerializerOptions options)
    {
        var lengths = new int[entries.Count];
        var emptyLength = JsonSerializer.SerializeToUtf8Bytes(new SearchEntry("", "", "", "", "", ""), options).Length;
        Parallel.For(0, entries.Count, e => lengths[e] = SerialisedLength(entries[e], emptyLength, options));
        var total = lengths.Sum(length => (long)length);
        var entryBytes = entries.Count == 0 ? 1 : (int)(total / entries.Count);
        var bundle = Math.Clamp(BundleBytes / Math.Max(entryBytes, 1), 1, MostEntries);

        var files = new byte[(entries.Count + bundle - 1) / bundle][];
        var writerOptions = new JsonWriterOptions { Encoder = options.Encoder };
        // Each thread writes its bundles one after another through one scratch buffer, copied out at each bundle's end.
        Parallel.For(0, files.Length, () => new JsonScratch(writerOptions, BundleBytes * 2), (n, _, scratch) =>
        {
            var first = n * bundle;
            files[n] = Bundle(entries, first, Math.Min(first + bundle, entries.Count), options, scratch);
            return scratch;
        }, scratch => scratch.Dispose());

        // The lengths measured are those written (an array's brackets and commas aside), or the bundle size set
        // from them could differ from the one serialising every entry gives: a difference is a bug, not a site's.
        var written = files.Sum(file => (long)file.Length) - (2L * files.Length) - (entries.Count - files.Length);
        return written == total ? (bundle, files) : throw new InvalidOperationException($"search bundles: {written} bytes of entries written where {total} were measured");
    }

    /// <summary>
    /// The bytes <see cref="JsonSerializer"/> gives for <paramref name="entry"/>: <paramref name="emptyLength"/>
    /// (an entry whose fields are all empty) and its fields' UTF-8 bytes when the encoder escapes none of them.
    /// </summary>
    internal static int SerialisedLength(SearchEntry entry, int emptyLength, JsonSerializerOptions options)
    {
        string[] fields = [entry.Kind, entry.Number, entry.Title, entry.Heading, entry.Text, entry.Url];
        var length = emptyLength;
        foreach (var field in fields)
        {
            // Encode gives back the same string when it finds nothing to escape (letters, digits, most punctuation):
            // such a string is written as its UTF-8 bytes, as the writer asks the same encoder.
            if (field is null || !ReferenceEquals(options.Encoder!.Encode(field), field))
            {
                return JsonSerializer.SerializeToUtf8Bytes(entry, options).Length;
            }

            length += Encoding.UTF8.GetByteCount(field);
        }

        return length;
    }

    /// <summary>Entries <paramref name="first"/> to <paramref name="end"/> as one JSON array, the bytes serialising them together gives.</summary>
    private static byte[] Bundle(IReadOnlyList<SearchEntry> entries, int first, int end, JsonSerializerOptions options, JsonScratch scratch)
    {
        var json = scratch.Start();
        json.WriteStartArray();
        for (var e = first; e < end; e++)
        {
            JsonSerializer.Serialize(json, entries[e], options);
        }

        json.WriteEndArray();
        return scratch.Finish();
    }
}
