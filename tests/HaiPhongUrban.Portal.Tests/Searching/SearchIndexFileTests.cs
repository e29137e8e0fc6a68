using HaiPhongUrban.Portal.Rendering.Search;
using HaiPhongUrban.Portal.Sections;
using HaiPhongUrban.Portal.Tests.Support;
using System.Text;
using System.Text.Json;
using Xunit.Abstractions;

namespace HaiPhongUrban.Portal.Tests.Searching;

/// <summary>The index as the file the search page fetches.</summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class SearchIndexFileTests(BuiltSite site, ITestOutputHelper output)
{
    [Fact]
    public void The_index_stays_under_100_KB_with_Vietnamese_letters_written_as_themselves()
    {
        var bytes = File.ReadAllBytes(PublishedSearch.IndexFile(site));
        output.WriteLine($"search index: {bytes.Length:N0} bytes, {EntryCount()} entries");

        Assert.True(bytes.Length < 100 * 1024, $"{bytes.Length} bytes");
        Assert.Contains("quy hoạch", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void The_index_file_is_named_by_its_content()
    {
        var one = SearchIndexFile.Of(new SearchIndex([new SearchEntry("page", "", "A", "", "đô thị", "/a/")]));
        var same = SearchIndexFile.Of(new SearchIndex([new SearchEntry("page", "", "A", "", "đô thị", "/a/")]));
        var changed = SearchIndexFile.Of(new SearchIndex([new SearchEntry("page", "", "A", "", "đô thị.", "/a/")]));

        Assert.Equal(one.Url, same.Url);
        Assert.NotEqual(one.Url, changed.Url);
        Assert.Matches("^/tim-kiem/chi-muc\\.[0-9a-f]{10}\\.json$", one.Url);
    }

    private int EntryCount()
    {
        using var index = JsonDocument.Parse(File.ReadAllBytes(PublishedSearch.IndexFile(site)));
        return index.RootElement.GetProperty("entries").GetArrayLength();
    }
}
