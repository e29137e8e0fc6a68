using HaiPhongUrban.Portal.Rendering.Search;
using System.Text.RegularExpressions;

namespace HaiPhongUrban.Portal.Tests.Searching;

public sealed partial class SearchFoldingTests
{
    [GeneratedRegex(@"^[\p{L}\p{N}\p{M}]$")]
    private static partial Regex WordUnit();

    [Fact]
    public void A_word_unit_is_what_the_word_pattern_matches_for_every_UTF16_unit()
    {
        var differing = Enumerable.Range(0, char.MaxValue + 1)
            .Where(c => SearchFolding.IsWordUnit((char)c) != WordUnit().IsMatch(((char)c).ToString()))
            .Select(c => $"U+{c:X4}")
            .ToList();

        Assert.Empty(differing);
    }

    [Theory]
    [InlineData("", 0, 0, 0)]
    [InlineData("  ,. ", 0, 5, 0)]
    [InlineData("Đô thị", 0, 0, 2)]
    [InlineData("Đô thị", 2, 3, 3)]
    [InlineData("a\u0301b-2040", 0, 0, 3)]
    [InlineData("a\u0301b-2040", 3, 4, 4)]
    [InlineData("𝐀y", 0, 2, 1)]
    public void The_next_word_is_the_next_run_of_word_units(string text, int from, int start, int length)
    {
        Assert.Equal((start, length), SearchFolding.NextWord(text, from));
    }
}
