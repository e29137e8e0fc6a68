using HaiPhongUrban.Portal.Rendering.Search;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace HaiPhongUrban.Portal.Tests.Searching;

public sealed class SearchPostingsFilesTests
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>Ids as gaps in base 32, the last digit of each from 0–v and the others from w–_: 1998 after 1 is x, -, e.</summary>
    [Fact]
    public void A_small_index_is_one_file_with_its_keys_in_ordinal_order_and_its_ids_as_gaps()
    {
        var postings = new SearchPostings(
            ["thi", "do"],
            [[new[] { 0, 33 }, Array.Empty<int>(), new[] { 32 }], [new[] { 1 }, new[] { 1 }, Array.Empty<int>()]],
            [(1, 0, new[] { 0, 1, 2000 })]);

        var (buckets, files) = SearchPostingsFiles.Of(postings, Options);

        Assert.Equal(1, buckets);
        Assert.Equal("""{"w":{"do":["1","1",""],"thi":["0x0","","x0"]},"p":{"do thi":"00x-e"}}""", Encoding.UTF8.GetString(files.Single()));
    }

    [Fact]
    public void Each_key_is_in_the_file_its_hash_picks_and_each_file_in_ordinal_order()
    {
        var words = Enumerable.Range(0, 3000).Select(i => $"từ{i}").ToList();
        var postings = new SearchPostings(
            words,
            words.Select(_ => new ReadOnlyMemory<int>[] { Enumerable.Range(0, 20).ToArray(), Array.Empty<int>(), Array.Empty<int>() }).ToList(),
            []);

        var (buckets, files) = SearchPostingsFiles.Of(postings, Options);

        Assert.True(buckets > 1, $"{buckets} files");
        for (var bucket = 0; bucket < buckets; bucket++)
        {
            using var file = JsonDocument.Parse(files[bucket]);
            var keys = file.RootElement.GetProperty("w").EnumerateObject().Select(p => p.Name).ToList();
            Assert.All(keys, key => Assert.Equal(bucket, SearchFolding.BucketOf(key, buckets)));
            Assert.Equal(keys.Order(StringComparer.Ordinal), keys);
        }

        Assert.Equal(words.Count, files.Sum(f => JsonDocument.Parse(f).RootElement.GetProperty("w").EnumerateObject().Count()));
    }
}
