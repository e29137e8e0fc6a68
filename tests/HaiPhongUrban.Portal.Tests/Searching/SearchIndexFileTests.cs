using HaiPhongUrban.Portal.Rendering.Search;
using HaiPhongUrban.Portal.Sections;
using HaiPhongUrban.Portal.Tests.Support;
using System.Text;
using System.Text.Json;
using Xunit.Abstractions;

namespace HaiPhongUrban.Portal.Tests.Searching;

/// <summary>The index as the files the search page fetches: a manifest, and the few files each query needs.</summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class SearchIndexFileTests(BuiltSite site, ITestOutputHelper output)
{
    private static readonly string CoreScript = File.ReadAllText(Path.Combine(RepoPaths.Theme, "assets", "search-core.js"));

    [Fact]
    public void The_manifest_is_small_and_the_entries_keep_Vietnamese_letters_as_themselves()
    {
        var manifest = File.ReadAllBytes(PublishedSearch.IndexFile(site));
        var files = PublishedSearch.IndexFiles(site);
        output.WriteLine($"manifest: {manifest.Length:N0} bytes; {files.Count} files, {files.Sum(f => new FileInfo(f).Length):N0} bytes in all; {PublishedSearch.Entries(site).Count} entries");

        Assert.True(manifest.Length < 2048, $"{manifest.Length} bytes");
        Assert.Contains(files, f => File.ReadAllText(f).Contains("quy hoạch", StringComparison.Ordinal));
    }

    [Fact]
    public void A_mark_standing_alone_folds_to_no_word_and_is_listed_in_no_vocabulary()
    {
        var files = SearchIndexFile.Of(new SearchIndex([new SearchEntry("page", "", "A", "", "quy \u0301 hoạch", "/a/")]));

        var vocabularies = files.Parts.Where(f => f.Url.Contains("/van-", StringComparison.Ordinal)).Select(f => System.Text.Encoding.UTF8.GetString(f.Bytes)).ToList();
        Assert.Contains(vocabularies, v => v.Contains("\"quy\"", StringComparison.Ordinal));
        Assert.Contains(vocabularies, v => v.Contains("\"hoach\"", StringComparison.Ordinal));
        Assert.DoesNotContain(vocabularies, v => v.Contains("\"\"", StringComparison.Ordinal));
    }

    [Fact]
    public void The_files_are_named_by_their_content()
    {
        var one = SearchIndexFile.Of(new SearchIndex([new SearchEntry("page", "", "A", "", "đô thị", "/a/")]));
        var same = SearchIndexFile.Of(new SearchIndex([new SearchEntry("page", "", "A", "", "đô thị", "/a/")]));
        var changed = SearchIndexFile.Of(new SearchIndex([new SearchEntry("page", "", "A", "", "đô thị.", "/a/")]));

        Assert.Equal(one.All.Select(f => f.Url), same.All.Select(f => f.Url));
        Assert.NotEqual(one.Url, changed.Url);
        Assert.Matches("^/tim-kiem/chi-muc\\.[0-9a-f]{10}\\.json$", one.Url);
        Assert.All(one.Parts, f => Assert.Matches("^/tim-kiem/(tu|van|muc)-[0-9a-f]+\\.[0-9a-f]{10}\\.json$", f.Url));
        Assert.Empty(one.Parts.Select(f => f.Url).Intersect(changed.Parts.Select(f => f.Url)));
    }

    /// <summary>
    /// On a site the seed's size, the sharded search gives exactly what ranking the whole index gives: the
    /// beginnings found in nearly every entry ("th": 72 of 79) fail when the seed outgrows what a query fetches whole.
    /// </summary>
    [Theory]
    [MemberData(nameof(Queries))]
    public void The_seed_ranks_the_same_through_the_shards_as_over_the_whole_index(string query)
    {
        var whole = new SearchScript(CoreScript, JsonSerializer.Serialize(new { version = 1, entries = PublishedSearch.Entries(site) }, new JsonSerializerOptions(JsonSerializerDefaults.Web)));

        var expected = whole.Search(query).Select(r => (r.Entry.Url, r.Score, r.Snippet.Text)).ToList();
        var sharded = PublishedSearch.Of(site).Search(query).Select(r => (r.Entry.Url, r.Score, r.Snippet.Text)).ToList();

        output.WriteLine($"«{query}»: {expected.Count} results");
        Assert.Equal(expected, sharded);
    }

    public static TheoryData<string> Queries()
    {
        var data = new TheoryData<string>();
        foreach (var query in RelevanceTable.Rows().Select(r => r.Query).Concat(["giao thông công c", "quy h", "đô", "uỷ ban", "zzzz", "quy hoach zzz", "constructor", "quy constructor", "toString", "của", "và", "th", "ch"]))
        {
            data.Add(query);
        }

        return data;
    }

    /// <summary>The build folds words for the postings exactly as the script folds the query.</summary>
    [Theory]
    [InlineData("ĐÔ THỊ")]
    [InlineData("Uỷ ban ủy BAN")]
    [InlineData("Quy hoạch chung Hải Phòng 2040")]
    [InlineData("İstanbul ǅemal ﬁ Ⅻ")]
    [InlineData("nghiêng ngả ữ Ữ ỹ Ỵ")]
    public void The_build_folds_each_word_as_the_script_does(string text)
    {
        var script = SearchScript.OverEntries();

        Assert.All(text.Split(' '), word => Assert.Equal(script.Fold(word), SearchFolding.Fold(word)));
    }

    /// <summary>
    /// A portal of 3,000 entries, every one holding the query's words: the query reads the manifest's few
    /// postings files and the bundles of its best candidates only, and the entry with the phrase comes first.
    /// </summary>
    [Fact]
    public void A_large_index_answers_a_common_query_from_a_few_small_files()
    {
        var entries = Enumerable.Range(0, 3000)
            .Select(i => new SearchEntry("page", "", $"Trang {i}", "", $"Đô thị và quy hoạch, mục {i}: dân số, giao thông, ngân sách của thành phố.", $"/p{i}/"))
            .Append(new SearchEntry("paragraph", "", "Kết luận", "", "Nâng cao chất lượng quy hoạch đô thị của thành phố.", "/ket-luan/#doan-1"))
            .ToList();
        var index = SearchIndexFile.Of(new SearchIndex(entries));
        var byUrl = index.All.ToDictionary(f => f.Url, f => Encoding.UTF8.GetString(f.Bytes));
        var script = new SearchScript(CoreScript, byUrl[index.Url], url => byUrl[url]);

        var (total, read) = script.Sharded("quy hoach do thi");
        var readBytes = read.Distinct().Sum(u => Encoding.UTF8.GetByteCount(byUrl[u])) + byUrl[index.Url].Length;
        output.WriteLine($"{index.All.Count()} files, {byUrl.Values.Sum(Encoding.UTF8.GetByteCount):N0} bytes in all; the query read {read.Distinct().Count()} files, {readBytes:N0} bytes");

        Assert.Equal(entries.Count, total);
        Assert.True(readBytes < 60_000, $"{readBytes} bytes read");
        Assert.Equal("/ket-luan/#doan-1", script.Urls("quy hoach do thi")[0]);
    }
}
