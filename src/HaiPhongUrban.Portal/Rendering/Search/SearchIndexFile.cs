using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace HaiPhongUrban.Portal.Rendering.Search;

/// <summary>
/// The published index, split so that a query fetches only what it needs (a 10,000-page portal's whole
/// index is tens of megabytes; a phone should pay for a query, not for the site):
/// <list type="bullet">
/// <item>the manifest (the file the search page names): the format version, the number of entries, how many
/// postings files there are and how many entries a bundle holds, which first letters have a vocabulary
/// file, the kind of each run of entries, and the pattern of every other file's URL;</item>
/// <item>postings files <c>tu-N</c>: for each folded word whose hash picks N, the entries holding it in the
/// title, the heading and the text; and for each pair of words side by side in a field, the entries with it;</item>
/// <item>vocabulary files <c>van-XXXX</c>: the folded words beginning with that letter, for the last word of a
/// query still being typed;</item>
/// <item>bundles <c>muc-N</c>: the entries themselves (words as published, for snippets), a fixed number each.</item>
/// </list>
/// Every file is compact JSON with Vietnamese letters written as themselves. The manifest is named by its
/// own content hash, every other file by the hash of all of them together: each name changes whenever
/// its bytes may have, so every file can be cached for a year.
/// </summary>
public static class SearchIndexFile
{
    /// <summary>Changes when the files' shape does, so an old script never misreads a new index.</summary>
    public const int FormatVersion = 2;

    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    /// <summary>The same writer settings as <see cref="Options"/>, for the postings files written key by key.</summary>
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = Options.Encoder };

    public static SearchIndexFiles Of(SearchIndex index)
    {
        var entries = index.Entries;
        // The postings and the bundles need nothing of each other, so they are made side by side.
        SearchPostings? postings = null;
        (int Bundle, byte[][] Files) bundles = (0, []);
        Parallel.Invoke(() => postings = SearchPostings.Of(entries), () => bundles = SearchBundles.Of(entries, Options));

        var (buckets, postingsFiles) = SearchPostingsFiles.Of(postings!, WriterOptions);
        var named = postingsFiles.Select((bytes, bucket) => (Name: $"tu-{bucket}", Bytes: bytes)).ToList();

        // A mark standing alone ("a ́ b") folds to no letter at all: a word no query can type, so no vocabulary
        // file lists it (it used to stop the build with an internal error).
        var vocabulary = postings!.Words.Where(w => w.Length > 0).Order(StringComparer.Ordinal).GroupBy(SearchFolding.FirstLetterCode).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        named.AddRange(vocabulary.Select(g => ($"van-{g.Key}", JsonSerializer.SerializeToUtf8Bytes(g.ToList(), Options))));

        named.AddRange(bundles.Files.Select((bytes, n) => ($"muc-{n}", bytes)));

        var sharedHash = SharedHash(named);
        var manifest = JsonSerializer.SerializeToUtf8Bytes(new
        {
            version = FormatVersion,
            count = entries.Count,
            buckets,
            bundle = bundles.Bundle,
            vocabulary = vocabulary.Select(g => g.Key).ToList(),
            kinds = KindRuns(entries),
            files = SiteRoutes.SearchIndexPart("{name}", sharedHash),
        }, Options);
        return new SearchIndexFiles(
            new StaticFile(SiteRoutes.SearchIndex(Hash(manifest)), manifest),
            named.Select(f => new StaticFile(SiteRoutes.SearchIndexPart(f.Name, sharedHash), f.Bytes)).ToList());
    }

    /// <summary>The hash of every file's name and bytes one after the other, appended rather than copied into one array (tens of megabytes at 10,000 pages).</summary>
    private static string SharedHash(IReadOnlyList<(string Name, byte[] Bytes)> named)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (name, bytes) in named)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(name));
            hash.AppendData(bytes);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..10];
    }

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];

    /// <summary>The kind of every entry as runs, [kind, how many]: the sections write their entries together.</summary>
    private static List<object[]> KindRuns(IReadOnlyList<Sections.SearchEntry> entries)
    {
        var runs = new List<object[]>();
        foreach (var entry in entries)
        {
            if (runs.Count > 0 && (string)runs[^1][0] == entry.Kind)
            {
                runs[^1][1] = (int)runs[^1][1] + 1;
            }
            else
            {
                runs.Add([entry.Kind, 1]);
            }
        }

        return runs;
    }
}

/// <summary>The index's files: the manifest the search page names, and the files it names in turn.</summary>
public sealed record SearchIndexFiles(StaticFile Manifest, IReadOnlyList<StaticFile> Parts)
{
    public string Url => Manifest.Url;

    public IEnumerable<StaticFile> All => Parts.Prepend(Manifest);
}
