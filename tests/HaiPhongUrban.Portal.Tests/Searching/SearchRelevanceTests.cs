using HaiPhongUrban.Portal.Tests.Publishing.Downloads;
using HaiPhongUrban.Portal.Tests.Support;
using System.Globalization;
using Xunit.Abstractions;

namespace HaiPhongUrban.Portal.Tests.Searching;

/// <summary>
/// The committed relevance table (tests/fixtures/search/relevance.csv): queries a citizen or a
/// journalist would type, with and without diacritics, each with the result that must come first or
/// within the first few, under a title of its own. Run against the index and script the real build published.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class SearchRelevanceTests(BuiltSite site, ITestOutputHelper output)
{
    public static TheoryData<string, string, int> Table()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var row in RelevanceTable.Rows())
        {
            data.Add(row.Query, row.Expected, row.Within);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Table))]
    public void Query_finds_its_expected_result_near_the_top_under_a_title_of_its_own(string query, string expected, int within)
    {
        var found = PublishedSearch.Of(site).Search(query);
        var urls = found.Select(r => r.Entry.Url).ToList();

        output.WriteLine($"«{query}» → {string.Join(", ", urls.Take(5))}");
        Assert.Contains(expected, urls.Take(within));
        // Without a title of its own the page names a result by its kind alone ("Đoạn văn").
        Assert.NotEqual(string.Empty, found.First(r => r.Entry.Url == expected).Title.Text);
    }

    [Fact]
    public void The_table_has_at_least_twenty_queries_with_and_without_diacritics()
    {
        var rows = RelevanceTable.Rows();
        var script = SearchScript.OverEntries();

        Assert.True(rows.Count >= 20, $"{rows.Count} queries");
        Assert.Contains(rows, r => script.Fold(r.Query) != r.Query.ToLowerInvariant());
        Assert.Contains(rows, r => script.Fold(r.Query) == r.Query.ToLowerInvariant());
    }
}

/// <summary>The rows of tests/fixtures/search/relevance.csv.</summary>
public static class RelevanceTable
{
    public sealed record Row(string Query, string Expected, int Within, string Why);

    public static IReadOnlyList<Row> Rows()
    {
        var table = CsvReadBack.Read(File.ReadAllBytes(Path.Combine(RepoPaths.Fixtures, "search", "relevance.csv")));
        string Field(IReadOnlyList<string> row, string name) => row[table.Header.ToList().IndexOf(name)];
        return table.Rows
            .Select(r => new Row(Field(r, "query"), Field(r, "expected"), int.Parse(Field(r, "within"), CultureInfo.InvariantCulture), Field(r, "why")))
            .ToList();
    }
}
