using HaiPhongUrban.Portal.Kernel.Tables;
using System.Globalization;

namespace HaiPhongUrban.Portal.Tests.Kernel.Tables;

public sealed class FieldTypesTests
{
    /// <summary>Every year, month and day of interest, valid or not, in the form content writes dates.</summary>
    public static IEnumerable<string> DateLikeTexts() =>
        from year in new[] { "0000", "0001", "1899", "1900", "2000", "2023", "2024", "2100", "9999" }
        from month in Enumerable.Range(0, 14)
        from day in Enumerable.Range(0, 33)
        select $"{year}-{month:00}-{day:00}";

    [Theory]
    [InlineData("2024-1-01")]
    [InlineData("2024-01-1")]
    [InlineData(" 2024-01-01")]
    [InlineData("2024-01-01 ")]
    [InlineData("2024/01/01")]
    [InlineData("20240101")]
    [InlineData("+024-01-01")]
    [InlineData("-024-01-01")]
    [InlineData("2024-0a-01")]
    [InlineData("２０２４-０１-０１")]
    [InlineData("٢٠٢٤-٠١-٠١")]
    [InlineData("12024-01-01")]
    [InlineData("2024-01-01T00:00")]
    public void Reads_odd_text_as_a_date_exactly_as_the_framework_s_exact_parse_does(string text) =>
        Assert.Equal(FrameworkDate(text), FieldType.Date.Parse(text));

    [Fact]
    public void Reads_every_date_like_text_exactly_as_the_framework_s_exact_parse_does()
    {
        var texts = DateLikeTexts().ToList();
        var differ = texts.Where(text => !Equals(FrameworkDate(text), FieldType.Date.Parse(text))).ToList();

        Assert.Empty(differ);
        // Both valid and invalid dates were among them, or the comparison proves little.
        Assert.Contains(texts, text => FrameworkDate(text) is null);
        Assert.Contains(texts, text => FrameworkDate(text) is not null);
    }

    private static object? FrameworkDate(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    [Theory]
    [InlineData("true", true)]
    [InlineData("True", true)]
    [InlineData("TRUE", true)]
    [InlineData("1", true)]
    [InlineData("false", false)]
    [InlineData("False", false)]
    [InlineData("FALSE", false)]
    [InlineData("0", false)]
    [InlineData("tRUE", null)]
    [InlineData("yes", null)]
    [InlineData("01", null)]
    [InlineData(" true", null)]
    public void Reads_a_boolean_only_as_Table_Schema_s_defaults_write_it(string text, bool? expected) =>
        Assert.Equal(expected, (bool?)FieldType.Boolean.Parse(text));

    [Theory]
    [InlineData("-5")]
    [InlineData("+5")]
    [InlineData("007")]
    [InlineData("1.50")]
    [InlineData("1.")]
    [InlineData(".5")]
    [InlineData("9223372036854775808")]
    [InlineData("2024-02-29")]
    [InlineData("2023-02-29")]
    [InlineData("true")]
    [InlineData("0")]
    [InlineData("x")]
    public void Tells_a_value_of_each_type_without_making_it_exactly_when_the_parse_makes_one(string text)
    {
        foreach (var type in Enum.GetValues<FieldType>())
        {
            Assert.Equal(type.Parse(text) is not null, type.IsValue(text));
        }
    }
}
