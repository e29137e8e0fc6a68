using HaiPhongUrban.Portal.Kernel.Text;

namespace HaiPhongUrban.Portal.Tests.Model;

public sealed class TextSearchTests
{
    [Theory]
    [InlineData("tồn tại, hạn chế nêu tại", "chế", 1)]
    [InlineData("cơ chế, chính sách, hạn chế", "chế", 2)]
    [InlineData("chếch lệch", "chế", 0)] // inside a longer word: not a match
    [InlineData("hữu khuynh, tiêu cực", "hữu khuynh", 1)]
    [InlineData("abc", "", 0)]
    public void Counts_whole_word_occurrences_only(string text, string words, int expected) =>
        Assert.Equal(expected, TextSearch.CountWords(text, words));
}
