using HaiPhongUrban.Portal.Rendering.Search;
using HaiPhongUrban.Portal.Sections;
using HaiPhongUrban.Portal.Tests.Support;
using System.Text.RegularExpressions;

namespace HaiPhongUrban.Portal.Tests.Searching;

/// <summary>The postings, held to the plain way of finding them: the word pattern, each word folded, a list per word and per joined pair.</summary>
[Collection(BuiltSiteCollection.Name)]
public sealed partial class SearchPostingsTests(BuiltSite site)
{
    private static readonly SearchEntry[] Tricky =
    [
        new("page", "", "Đô thị ĐÔ THỊ đô thị", "Quy hoạch đô thị", "đô thị, đô thị; ĐÔ-THỊ và đô thị.", "/a/"),
        new("page", "", "Uỷ ban", "ủy ban", "Ủy ban nhân dân uỷ ban 2040 ₂ Ⅻ İstanbul", "/b/"),
        new("page", "", "", "", "", "/c/"),
        new("page", "", "thị đô", "", "a\u0301 \u0301 x 𝐀y\tz\nđô thị", "/d/"),
        new("page", "", "đô thị", "đô thị", "đô thị", "/e/"),
    ];

    [GeneratedRegex(@"[\p{L}\p{N}\p{M}]+")]
    private static partial Regex Word();

    [Fact]
    public void Each_word_and_pair_lists_the_entries_holding_it_once_each_in_order()
    {
        var postings = SearchPostings.Of(Tricky, 1);

        Assert.Equal(Plain(Tricky), Listed(postings));
        var (words, pairs) = Listed(postings);
        Assert.Equal(["0|3|4", "0|4", "0|3|4"], words["do"]);
        Assert.Equal(["1", "1", "1"], words["uy"]);
        Assert.Equal(["", "", "3"], words[""]);
        Assert.Equal("0|3|4", pairs["do thi"]);
        Assert.Equal("0|3", pairs["thi do"]);
        Assert.Equal("3", pairs["x y"]);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    public void Runs_read_side_by_side_give_the_same_postings_as_one(int threads)
    {
        var entries = Enumerable.Range(0, 2500)
            .Select(i => new SearchEntry("page", "", $"Trang {i % 17} đô thị", i % 3 == 0 ? "Quy hoạch" : "", $"Đô thị {i % 101} và quy hoạch {i % 7}, dân số {i % 13} đô thị.", $"/p{i}/"))
            .Concat(Tricky)
            .ToList();

        Assert.Equal(Plain(entries), Listed(SearchPostings.Of(entries, threads)));
    }

    [Fact]
    public void The_seed_entries_give_the_same_postings_as_the_plain_way()
    {
        var entries = PublishedSearch.Entries(site);

        Assert.Equal(Plain(entries), Listed(SearchPostings.Of(entries, 3)));
    }

    /// <summary>Words and pairs as sorted text, so that two postings compare whatever their numbering.</summary>
    private static Postings Listed(SearchPostings postings) => new(
        new SortedDictionary<string, string[]>(
            Enumerable.Range(0, postings.Words.Count).ToDictionary(w => postings.Words[w], w => postings.ByField[w].Select(f => Ids(f.ToArray())).ToArray()),
            StringComparer.Ordinal),
        new SortedDictionary<string, string>(
            postings.Pairs.ToDictionary(p => postings.Words[p.First] + " " + postings.Words[p.Second], p => Ids(p.Entries.ToArray())),
            StringComparer.Ordinal));

    /// <summary>How the index found its postings before they were made fast (commit 49d11d3).</summary>
    private static Postings Plain(IReadOnlyList<SearchEntry> entries)
    {
        var words = new Dictionary<string, List<int>[]>(StringComparer.Ordinal);
        var pairs = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var id = 0; id < entries.Count; id++)
        {
            string[] fields = [entries[id].Title, entries[id].Heading, entries[id].Text];
            for (var field = 0; field < 3; field++)
            {
                var folded = Word().Matches(fields[field]).Select(m => SearchFolding.Fold(m.Value)).ToList();
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

        return new(
            new SortedDictionary<string, string[]>(words.ToDictionary(w => w.Key, w => w.Value.Select(f => Ids(f)).ToArray()), StringComparer.Ordinal),
            new SortedDictionary<string, string>(pairs.ToDictionary(p => p.Key, p => Ids(p.Value)), StringComparer.Ordinal));
    }

    private static void AddOnce(List<int> ids, int id)
    {
        if (ids.Count == 0 || ids[^1] != id)
        {
            ids.Add(id);
        }
    }

    private static string Ids(IEnumerable<int> ids) => string.Join('|', ids);

    private sealed record Postings(SortedDictionary<string, string[]> Words, SortedDictionary<string, string> Pairs)
    {
        public bool Equals(Postings? other) =>
            other is not null
            && Words.Keys.SequenceEqual(other.Words.Keys)
            && Words.All(w => w.Value.SequenceEqual(other.Words[w.Key]))
            && Pairs.SequenceEqual(other.Pairs);

        public override int GetHashCode() => Words.Count;

        public override string ToString() =>
            string.Join("; ", Words.Select(w => $"{w.Key}: {string.Join(" / ", w.Value)}")) + " || " + string.Join("; ", Pairs.Select(p => $"{p.Key}: {p.Value}"));
    }
}
