using HaiPhongUrban.Portal.Kernel.Downloads;
using HaiPhongUrban.Portal.Kernel.Tables;
using System.Text;
using static HaiPhongUrban.Portal.Tests.Publishing.Downloads.DownloadFixture;

namespace HaiPhongUrban.Portal.Tests.Publishing.Downloads;

public sealed class CsvForScriptsTests
{
    private static byte[] Write(TableSchema schema, IEnumerable<TableRow> rows)
    {
        var output = new MemoryStream();
        CsvForScripts.Write(output, schema, rows);
        return output.ToArray();
    }

    private static byte[] WriteFixture() => Write(Schema, OnePass());

    [Fact]
    public void Reads_back_cell_for_cell_exactly_as_in_content()
    {
        var table = CsvReadBack.Read(WriteFixture());

        Assert.Equal(Names, table.Header);
        Assert.Equal(Rows.Count, table.Rows.Count);
        for (var row = 0; row < Rows.Count; row++)
        {
            Assert.Equal(Rows[row].Cells, table.Rows[row]);
        }
    }

    [Fact]
    public void Leaves_formula_like_text_alone()
    {
        var text = Encoding.UTF8.GetString(WriteFixture());

        Assert.Contains("\r\n=SUM(A1),", text);
        Assert.Contains("\r\n-x,", text);
        Assert.DoesNotContain("'=", text);
    }

    [Fact]
    public void Has_no_byte_order_mark()
    {
        var bytes = WriteFixture();

        Assert.False(CsvReadBack.StartsWithByteOrderMark(bytes));
        Assert.StartsWith("ten,so_tang,", Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void Ends_every_record_with_CRLF_including_the_last() =>
        Assert.True(CsvReadBack.HasOnlyCrlfLineEnds(WriteFixture()));

    [Fact]
    public void Writes_exactly_these_bytes_for_a_small_table()
    {
        var schema = new TableSchema([Field("ten", FieldType.String), Field("so", FieldType.Number)], [], []);
        TableRow[] rows = [Row(2, "Hải Phòng", "-5"), Row(3, "a,\"b\"", "1.50"), Row(4, "", "")];

        var text = Encoding.UTF8.GetString(Write(schema, rows));

        Assert.Equal("ten,so\r\nHải Phòng,-5\r\n\"a,\"\"b\"\"\",1.50\r\n,\r\n", text);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("Đường", "Đường")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("a\r\nb", "\"a\r\nb\"")]
    [InlineData("a\nb", "\"a\nb\"")]
    [InlineData("a\rb", "\"a\rb\"")]
    [InlineData(" lead", "\" lead\"")] // edge spaces quoted, so trimming readers keep them
    [InlineData("trail ", "\"trail \"")]
    [InlineData("in side", "in side")]
    [InlineData("=SUM(A1)", "=SUM(A1)")]
    [InlineData("", "\"\"")] // a lone empty field is quoted, or it would read as a blank line
    public void Quotes_a_field_only_when_it_must(string value, string expected)
    {
        var schema = new TableSchema([Field("v", FieldType.String)], [], []);

        var text = Encoding.UTF8.GetString(Write(schema, [Row(2, value)]));

        Assert.Equal("v\r\n" + expected + "\r\n", text);
    }

    [Fact]
    public void Gives_identical_bytes_every_time() =>
        Assert.Equal(WriteFixture(), WriteFixture());

    [Fact]
    public void Reads_the_rows_once() =>
        Assert.NotEmpty(Write(Schema, OnePass())); // OnePass throws if enumerated twice

    [Fact]
    public void Writes_output_while_rows_are_still_coming() =>
        Assert.True(StreamingProbe.BytesWrittenBeforeLastRow(CsvForScripts.Write) > 0);

    [Fact]
    public void Refuses_a_row_with_the_wrong_number_of_cells()
    {
        var error = Assert.Throws<InvalidDataException>(() => Write(Schema, [Row(7, "only one")]));

        Assert.Contains("Line 7", error.Message);
    }
}
