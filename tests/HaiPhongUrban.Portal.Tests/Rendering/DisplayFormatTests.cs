using HaiPhongUrban.Portal.Kernel.Text;

namespace HaiPhongUrban.Portal.Tests.Rendering;

/// <summary>Dates, numbers and sizes as readers of each interface language write them, whatever the build machine's culture.</summary>
public sealed class DisplayFormatTests
{
    [Theory]
    [InlineData("2012-01-03", "vi", "03/01/2012")]
    [InlineData("2012-01-03", "en", "3 January 2012")]
    [InlineData("2023-11-11", "en", "11 November 2023")]
    [InlineData("2023-11-11", "fr", "2023-11-11")]
    public void Dates(string iso, string language, string expected) =>
        Assert.Equal(expected, DisplayFormat.Date(DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture), language));

    [Fact]
    public void No_date_is_an_empty_string() => Assert.Equal(string.Empty, DisplayFormat.Date(null, "en"));

    [Theory]
    [InlineData(17009, "vi", "17.009")]
    [InlineData(17009, "en", "17,009")]
    [InlineData(1234567, "en", "1,234,567")]
    [InlineData(12, "vi", "12")]
    public void Counts(long value, string language, string expected) => Assert.Equal(expected, DisplayFormat.Count(value, language));

    [Theory]
    [InlineData(512, "en", "512 B")]
    [InlineData(1536, "vi", "1,5 KB")]
    [InlineData(1536, "en", "1.5 KB")]
    [InlineData(5 * 1024 * 1024 + 104858, "en", "5.1 MB")]
    public void Sizes(long bytes, string language, string expected) => Assert.Equal(expected, DisplayFormat.Size(bytes, language));

    [Fact]
    public void The_machines_culture_changes_nothing()
    {
        var before = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            Assert.Equal("3 January 2012", DisplayFormat.Date(new DateOnly(2012, 1, 3), "en"));
            Assert.Equal("1,234", DisplayFormat.Count(1234, "en"));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = before;
        }
    }
}
