using HaiPhongUrban.Portal.Kernel.Downloads;

namespace HaiPhongUrban.Portal.Tests.Publishing.Downloads;

public sealed class QuotedTextTests
{
    private const string Styles =
        "<styleSheet><cellStyleXfs count=\"1\"><xf numFmtId=\"49\" fontId=\"0\"/></cellStyleXfs>" +
        "<cellXfs count=\"3\"><xf numFmtId=\"0\" fontId=\"0\"/><xf numFmtId=\"49\" applyNumberFormat=\"1\" fontId=\"1\"/><xf numFmtId=\"165\" fontId=\"0\"/></cellXfs></styleSheet>";

    [Fact]
    public void Marks_only_the_cell_formats_whose_number_format_is_text()
    {
        var marked = QuotedText.MarkTextStyles(Styles);

        Assert.Equal(Styles.Replace("<xf numFmtId=\"49\" applyNumberFormat", "<xf quotePrefix=\"1\" numFmtId=\"49\" applyNumberFormat"), marked);
    }

    [Fact]
    public void Refuses_styles_without_a_text_cell_format_rather_than_lose_the_mark()
    {
        var error = Assert.Throws<InvalidOperationException>(() => QuotedText.MarkTextStyles(Styles.Replace("numFmtId=\"49\" applyNumberFormat", "numFmtId=\"0\" applyNumberFormat")));

        Assert.Contains("quotePrefix", error.Message);
    }
}
