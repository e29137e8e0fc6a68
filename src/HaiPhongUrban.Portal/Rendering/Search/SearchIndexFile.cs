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

    /// <summary>About how many bytes a postings file or a bundle holds: a query fetches a few of each.</summary>
    private const int FileBytes = 8192;

    private const int BundleBytes = 4096;
    private const int MostBuckets = 4096;
    private const string FinalDigits = "0123456789abcdefghijklmnopqrstuv";
    private const string MoreDigits = "wxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_";

    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    public static SearchIndexFiles Of(SearchIndex index)
    {
        var entries = index.Entries;
        // Hash maps and plain lists, not sorted ones: entries are read in id order, so each list is ascending
        // once a repeat of the last id is skipped, and only the files' keys need sorting, done per file below.
        // (Sorted sets and dictionaries made this stage 21 s of a 10,000-page build's 25.)
        var words = new Dictionary<string, List<int>[]>(StringComparer.Ordinal);
        var pairs = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var id = 0; id < entries.Count; id++)
        {
            string[] fields = [entries[id].Title, entries[id].Heading, entries[id].Text];
            for (var field = 0; field < fields.Length; field++)
            {
                var folded = SearchFolding.Words(fields[field]);
                for (var at = 0; at < folded.Count; at++)
                {
                    if (!words.TryGetValue(folded[at], out var byField))
                    {
                        words[folded[at]] = byField = [[], [], []];
                    }

                    AddOnce(byField[field], id);
                    if (at + 1 < folded.Count)
                    {
                        var pair = folded[at] + " " + folded[at + 1];
                        if (!pairs.TryGetValue(pair, out var withPair))
                        {
                            pairs[pair] = withPair = [];
                        }

                        AddOnce(withPair, id);
                    }
                }
            }
        }

        var wordPostings = words.ToDictionary(w => w.Key, w => w.Value.Select(Encode).ToArray(), StringComparer.Ordinal);
        var pairPostings = pairs.ToDictionary(p => p.Key, p => Encode(p.Value), StringComparer.Ordinal);
        var postingsBytes = wordPostings.Sum(w => w.Key.Length + w.Value.Sum(v => v.Length + 3) + 6)
            + pairPostings.Sum(p => p.Key.Length + p.Value.Length + 6);
        var buckets = 1;
        while (postingsBytes / buckets > FileBytes && buckets < MostBuckets)
        {
            buckets *= 2;
        }

        var wordsIn = wordPostings.ToLookup(w => SearchFolding.BucketOf(w.Key, buckets));
        var pairsIn = pairPostings.ToLookup(p => SearchFolding.BucketOf(p.Key, buckets));
        var named = new List<(string Name, byte[] Bytes)>();
        for (var bucket = 0; bucket < buckets; bucket++)
        {
            var file = new
            {
                w = new SortedDictionary<string, string[]>(wordsIn[bucket].ToDictionary(), StringComparer.Ordinal),
                p = new SortedDictionary<string, string>(pairsIn[bucket].ToDictionary(), StringComparer.Ordinal),
            };
            named.Add(($"tu-{bucket}", JsonSerializer.SerializeToUtf8Bytes(file, Options)));
        }

        var vocabulary = words.Keys.Order(StringComparer.Ordinal).GroupBy(SearchFolding.FirstLetterCode).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        named.AddRange(vocabulary.Select(g => ($"van-{g.Key}", JsonSerializer.SerializeToUtf8Bytes(g.ToList(), Options))));

        var entryBytes = entries.Count == 0 ? 1 : entries.Sum(e => JsonSerializer.SerializeToUtf8Bytes(e, Options).Length) / entries.Count;
        var bundle = Math.Clamp(BundleBytes / Math.Max(entryBytes, 1), 1, 64);
        named.AddRange(entries.Chunk(bundle).Select((chunk, n) => ($"muc-{n}", JsonSerializer.SerializeToUtf8Bytes(chunk, Options))));

        var sharedHash = SharedHash(named);
        var manifest = JsonSerializer.SerializeToUtf8Bytes(new
        {
            version = FormatVersion,
            count = entries.Count,
            buckets,
            bundle,
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

    /// <summary>Adds an entry's id to an ascending list unless it is already the last one.</summary>
    private static void AddOnce(List<int> ids, int id)
    {
        if (ids.Count == 0 || ids[^1] != id)
        {
            ids.Add(id);
        }
    }

    /// <summary>Ascending identifiers as the script's decodeIds reads them.</summary>
    private static string Encode(IEnumerable<int> ids)
    {
        var text = new StringBuilder();
        var previous = -1;
        Span<char> digits = stackalloc char[8];
        foreach (var id in ids)
        {
            var value = id - previous - 1;
            previous = id;
            // Least significant digit first into the buffer, then written the other way round.
            var count = 0;
            do
            {
                digits[count] = count == 0 ? FinalDigits[value % 32] : MoreDigits[value % 32];
                count++;
                value /= 32;
            }
            while (value > 0);
            for (var i = count - 1; i >= 0; i--)
            {
                text.Append(digits[i]);
            }
        }

        return text.ToString();
    }
}

/// <summary>The index's files: the manifest the search page names, and the files it names in turn.</summary>
public sealed record SearchIndexFiles(StaticFile Manifest, IReadOnlyList<StaticFile> Parts)
{
    public string Url => Manifest.Url;

    public IEnumerable<StaticFile> All => Parts.Prepend(Manifest);
}
