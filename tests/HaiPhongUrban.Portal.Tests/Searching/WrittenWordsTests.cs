using HaiPhongUrban.Portal.Rendering.Search;

namespace HaiPhongUrban.Portal.Tests.Searching;

public sealed class WrittenWordsTests
{
    [Fact]
    public void Each_spelling_keeps_its_own_number_as_the_table_grows()
    {
        var table = new WrittenWords();
        var words = Enumerable.Range(0, 5000).Select(i => $"từ{i}").Concat(["Đô", "đô", "ĐÔ"]).ToList();

        for (var i = 0; i < words.Count; i++)
        {
            Assert.Equal(-1, table.NumberOf(words[i], Hash(words[i])));
            table.Add(words[i], Hash(words[i]), i * 2);
        }

        Assert.All(Enumerable.Range(0, words.Count), i => Assert.Equal(i * 2, table.NumberOf(words[i], Hash(words[i]))));
        Assert.Equal(-1, table.NumberOf("đo", Hash("đo")));
    }

    [Fact]
    public void Words_with_the_same_hash_are_told_apart_by_their_letters()
    {
        var table = new WrittenWords();
        table.Add("thị", 42, 1);
        table.Add("thi", 42, 2);

        Assert.Equal((1, 2, -1), (table.NumberOf("thị", 42), table.NumberOf("thi", 42), table.NumberOf("thỉ", 42)));
    }

    private static uint Hash(string word) => word.Aggregate(WrittenWords.EmptyHash, WrittenWords.Hash);
}
