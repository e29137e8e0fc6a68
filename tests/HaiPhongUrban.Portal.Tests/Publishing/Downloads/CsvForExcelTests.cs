using HaiPhongUrban.Portal.Kernel.Downloads;
using HaiPhongUrban.Portal.Kernel.Tables;
using System.Text;
using static HaiPhongUrban.Portal.Tests.Publishing.Downloads.DownloadFixture;

namespace HaiPhongUrban.Portal.Tests.Publishing.Downloads;

public sealed class CsvForExcelTests
{
    private static byte[] Write(TableSchema schema, IEnumerable<TableRow> rows)
    {
        var output = new MemoryStream();
        CsvForExcel.Write(output, schema, rows);
        return output.ToArray();
    }

    private static byte[] WriteFixture() => Write(Schema, OnePass());

    [Fact]
    public void Reads_back_cell_for_cell_with_text_columns_neutralised()
    {
        var table = CsvReadBack.Read(WriteFixture());

        Assert.Equal(Names, table.Header);
        Assert.Equal(Rows.Count, table.Rows.Count);
        for (var row = 0; row < Rows.Count; row++)
        {
            var expected = Rows[row].Cells.Select((text, column) => Neutralised(column, text));
            Assert.Equal(expected, table.Rows[row]);
        }
    }

    [Fact]
    public void Neutralises_each_formula_like_text_cell()
    {
        var texts = CsvReadBack.Read(WriteFixture()).Rows.Select(row => row[0]).ToList();

        Assert.Contains("'=SUM(A1)", texts);
        Assert.Contains("'+1", texts);
        Assert.Contains("'-x", texts);
        Assert.Contains("'@cmd", texts);
        Assert.Contains("'\tx", texts);
        Assert.Contains("Nhà văn hoá phường Lạch Tray", texts);
    }

    [Fact]
    public void Never_touches_integer_number_date_or_boolean_columns()
    {
        var table = CsvReadBack.Read(WriteFixture());

        for (var row = 0; row < Rows.Count; row++)
        {
            Assert.Equal(Rows[row].Cells.Skip(1), table.Rows[row].Skip(1));
        }

        Assert.Equal("-5", table.Rows[0][2]);
        Assert.Equal("-3", table.Rows[2][1]);
        Assert.Equal("1.50", table.Rows[1][2]);
    }

    [Fact]
    public void Leaves_no_text_cell_starting_with_a_formula_character()
    {
        var table = CsvReadBack.Read(WriteFixture());

        Assert.All(table.Rows, row => Assert.False(FormulaNeutraliser.IsFormulaLike(row[0]), row[0]));
    }

    [Fact]
    public void Neutralises_a_formula_like_header_name()
    {
        var schema = new TableSchema([Field("=cong_thuc", FieldType.String), Field("so", FieldType.Number)], [], []);

        var table = CsvReadBack.Read(Write(schema, [Row(2, "a", "-1")]));

        Assert.Equal(["'=cong_thuc", "so"], table.Header);
        Assert.Equal(["a", "-1"], table.Rows[0]);
    }

    [Fact]
    public void Starts_with_a_byte_order_mark()
    {
        var bytes = WriteFixture();

        Assert.True(CsvReadBack.StartsWithByteOrderMark(bytes));
        Assert.StartsWith("ten,so_tang,", Encoding.UTF8.GetString(bytes[3..]));
    }

    [Fact]
    public void Ends_every_record_with_CRLF_including_the_last() =>
        Assert.True(CsvReadBack.HasOnlyCrlfLineEnds(WriteFixture()));

    [Fact]
    public void Gives_identical_bytes_every_time() =>
        Assert.Equal(WriteFixture(), WriteFixture());

    [Fact]
    public void Reads_the_rows_once() =>
        Assert.NotEmpty(Write(Schema, OnePass()));

    [Fact]
    public void Writes_output_while_rows_are_still_coming() =>
        Assert.True(StreamingProbe.BytesWrittenBeforeLastRow(CsvForExcel.Write) > 0);
}
