using HaiPhongUrban.Portal.Kernel.Downloads;

namespace HaiPhongUrban.Portal.Tests.Publishing.Downloads;

public sealed class WorksheetNameTests
{
    [Theory]
    [InlineData("Dân số", "Dân số")]
    [InlineData("Quý 1/2024 [chính thức]: tổng*?", "Quý 12024 chính thức tổng")]
    [InlineData(@"a\b", "ab")]
    [InlineData("'Trích dẫn'", "Trích dẫn")]
    [InlineData("  ' lề '  ", "lề")]
    [InlineData("[]:*?/\\", "Data")]
    [InlineData("", "Data")]
    [InlineData("Công trình xây dựng trên địa bàn thành phố", "Công trình xây dựng trên địa bà")]
    [InlineData("Danh sách công trình xây dựng ' x", "Danh sách công trình xây dựng")] // cut, then tidied
    public void Makes_a_name_Excel_accepts(string title, string expected) =>
        Assert.Equal(expected, WorksheetName.From(title));

    [Fact]
    public void Does_not_cut_a_surrogate_pair_in_half()
    {
        var name = WorksheetName.From(new string('a', 30) + "😀b");

        Assert.Equal(new string('a', 30), name);
    }

    [Theory]
    [InlineData("Công trình xây dựng: quý 1/2024 [bản chính thức]")]
    [InlineData("x")]
    [InlineData("????")]
    public void Is_never_longer_than_31_characters_nor_empty(string title)
    {
        var name = WorksheetName.From(title);

        Assert.InRange(name.Length, 1, WorksheetName.MaxLength);
    }
}
