using HaiPhongUrban.Portal.Kernel.Downloads;
using HaiPhongUrban.Portal.Kernel.Tables;
using System.Globalization;
using static HaiPhongUrban.Portal.Tests.Publishing.Downloads.DownloadFixture;

namespace HaiPhongUrban.Portal.Tests.Publishing.Downloads;

public sealed class XlsxWorkbookTests
{
    public static byte[] Write(TableSchema schema, IEnumerable<TableRow> rows, string title = SheetTitle)
    {
        var output = new MemoryStream();
        XlsxWorkbook.Write(output, schema, rows, title, Modified);
        return output.ToArray();
    }

    public static byte[] WriteFixture() => Write(Schema, OnePass());

    [Fact]
    public void Reads_back_with_the_field_names_as_header()
    {
        var sheet = XlsxReadBack.Read(WriteFixture());

        Assert.Equal(Names, sheet.Rows[0]);
        Assert.Equal(Rows.Count + 1, sheet.Rows.Count);
    }

    [Fact]
    public void Reads_back_cell_for_cell_typed_by_the_schema()
    {
        var sheet = XlsxReadBack.Read(WriteFixture());

        for (var row = 0; row < Rows.Count; row++)
        {
            for (var column = 0; column < Schema.Fields.Count; column++)
            {
                var text = Rows[row].Cells[column];
                Assert.Equal(Expected(Schema.Fields[column].Type, text), sheet.Rows[row + 1][column]);
            }
        }
    }

    // What ExcelDataReader gives for a cell: numbers are doubles in a spreadsheet, dates are DateTimes, text is
    // the source's with LF line breaks.
    private static object? Expected(FieldType type, string text) => text.Length == 0 ? null : type switch
    {
        FieldType.Integer => (double)long.Parse(text, CultureInfo.InvariantCulture),
        FieldType.Number => (double)decimal.Parse(text, CultureInfo.InvariantCulture),
        FieldType.Date => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToDateTime(TimeOnly.MinValue),
        FieldType.Boolean => type.Parse(text),
        _ => text.Replace("\r\n", "\n"),
    };

    [Theory]
    [InlineData("dòng một\r\ndòng hai", "dòng một\ndòng hai")]
    [InlineData("a\rb\nc", "a\nb\nc")]
    [InlineData("\rx", "\nx")]
    [InlineData("  hai đầu  ", "  hai đầu  ")]
    public void Keeps_text_with_LF_line_breaks(string text, string expected)
    {
        var schema = new TableSchema([Field("v", FieldType.String)], [], []);

        var sheet = XlsxReadBack.Read(Write(schema, [Row(2, text)]));

        Assert.Equal(expected, sheet.Rows[1][0]);
    }

    [Theory]
    [InlineData(" đầu", true)]
    [InlineData("cuối ", true)]
    [InlineData("hai  dấu cách", true)]
    [InlineData("tab\tgiữa", true)]
    [InlineData("dòng\r\nmới", true)]
    [InlineData("Thửa 1, phường Lê Chân", false)]
    [InlineData("x", false)]
    public void Asks_readers_to_keep_white_space_only_where_a_reader_could_lose_it(string text, bool preserved)
    {
        var schema = new TableSchema([Field("v", FieldType.String)], [], []);

        var xlsx = Write(schema, [Row(2, text)]);

        var sheetXml = XlsxReadBack.EntryText(xlsx, XlsxWorkbook.SheetPath);
        var cell = sheetXml[sheetXml.IndexOf("<row r=\"2\">", StringComparison.Ordinal)..];
        Assert.Equal(preserved, cell.Contains("<t xml:space=\"preserve\">", StringComparison.Ordinal));
        Assert.Equal(text.Replace("\r\n", "\n"), XlsxReadBack.Read(xlsx).Rows[1][0]);
    }

    [Fact]
    public void Keeps_negative_numbers_as_numbers()
    {
        var sheet = XlsxReadBack.Read(WriteFixture());

        Assert.Equal(-5d, sheet.Rows[1][2]);
        Assert.Equal(-3d, sheet.Rows[3][1]);
        Assert.Equal(1.5d, sheet.Rows[2][2]);
    }

    [Theory]
    [InlineData("=SUM(A1:A3)")]
    [InlineData("+84 225 3842")]
    [InlineData("-x")]
    [InlineData("@cmd")]
    [InlineData("\tx")]
    [InlineData("\rx")]
    [InlineData("0225384")] // a number on re-entry, losing its leading zero
    [InlineData("1.250.000")]
    [InlineData("2024-01-15")] // a date
    [InlineData("25/11/2026")]
    [InlineData("8:30")]
    [InlineData("50%")]
    [InlineData("TRUE")]
    public void Keeps_text_a_spreadsheet_would_take_for_a_formula_or_a_number_exactly_and_marks_it_as_text(string text)
    {
        var schema = new TableSchema([Field("v", FieldType.String)], [], []);

        var xlsx = Write(schema, [Row(2, text)]);

        Assert.Equal(text.Replace('\r', '\n'), XlsxReadBack.Read(xlsx).Rows[1][0]);
        Assert.True(XlsxReadBack.IsQuotePrefixed(XlsxReadBack.CellFormats(xlsx)[1][0]), text);
    }

    [Theory]
    [InlineData("Nhà văn hoá phường Lạch Tray")]
    [InlineData("12 Trần Phú")]
    [InlineData("323/QĐ-TTg")]
    [InlineData("a=b")]
    public void Leaves_other_text_unmarked(string text)
    {
        var schema = new TableSchema([Field("v", FieldType.String)], [], []);

        var xlsx = Write(schema, [Row(2, text)]);

        Assert.Equal(text, XlsxReadBack.Read(xlsx).Rows[1][0]);
        Assert.False(XlsxReadBack.IsQuotePrefixed(XlsxReadBack.CellFormats(xlsx)[1][0]), text);
    }

    [Fact]
    public void Marks_only_the_formula_like_text_of_the_fixture_and_no_typed_cell()
    {
        var formats = XlsxReadBack.CellFormats(WriteFixture());

        for (var row = 0; row < Rows.Count; row++)
        {
            for (var column = 0; column < Schema.Fields.Count; column++)
            {
                var text = Rows[row].Cells[column];
                var formulaLike = Schema.Fields[column].Type == FieldType.String && "=+-@\t".Contains(text.FirstOrDefault('x'));
                Assert.Equal(formulaLike, XlsxReadBack.IsQuotePrefixed(formats[row + 1][column]));
            }
        }
    }

    [Fact]
    public void Holds_no_formula()
    {
        var sheetXml = XlsxReadBack.EntryText(WriteFixture(), "xl/worksheets/sheet1.xml");

        Assert.DoesNotContain("<f>", sheetXml);
        Assert.DoesNotContain("<f ", sheetXml);
    }

    [Fact]
    public void Keeps_a_formula_like_header_name_bold_and_marked_as_text()
    {
        var schema = new TableSchema([Field("@cong_thuc", FieldType.String), Field("so", FieldType.Integer)], [], []);

        var xlsx = Write(schema, [Row(2, "a", "1")]);

        Assert.Equal("@cong_thuc", XlsxReadBack.Read(xlsx).Rows[0][0]);
        var header = XlsxReadBack.CellFormats(xlsx)[0];
        Assert.True(XlsxReadBack.IsQuotePrefixed(header[0]));
        Assert.False(XlsxReadBack.IsQuotePrefixed(header[1]));
        Assert.All(header, format => Assert.Equal(BoldFontId(xlsx), (string?)format.Attribute("fontId")));
    }

    private static string BoldFontId(byte[] xlsx)
    {
        var fonts = System.Xml.Linq.XDocument.Parse(XlsxReadBack.EntryText(xlsx, "xl/styles.xml")).Root!
            .Element(XlsxReadBack.Main + "fonts")!.Elements(XlsxReadBack.Main + "font").ToList();
        return fonts.FindIndex(f => f.Element(XlsxReadBack.Main + "b") is not null).ToString(CultureInfo.InvariantCulture);
    }

    [Fact]
    public void Names_the_sheet_after_the_title_as_Excel_allows()
    {
        var sheet = XlsxReadBack.Read(WriteFixture());

        Assert.Equal("Công trình xây dựng quý 12024 b", sheet.Name);
    }

    [Fact]
    public void Shows_dates_as_year_month_day()
    {
        var styles = XlsxReadBack.EntryText(WriteFixture(), "xl/styles.xml");

        Assert.Contains("formatCode=\"yyyy-mm-dd\"", styles);
    }

    [Theory]
    [InlineData("1900-01-01", 1)]
    [InlineData("1900-02-28", 59)]
    [InlineData("1900-03-01", 61)] // Excel counts a 29 February 1900 as day 60
    [InlineData("2000-01-02", 36527)]
    [InlineData("9999-12-31", 2958465)]
    public void Writes_a_date_as_Excel_s_serial_number_of_it(string date, int serial)
    {
        var schema = new TableSchema([Field("ngay", FieldType.Date)], [], []);

        var sheetXml = XlsxReadBack.EntryText(Write(schema, [Row(2, date)]), XlsxWorkbook.SheetPath);

        Assert.Contains($"<c s=\"1\"><v>{serial}</v></c>", sheetXml);
    }

    [Theory]
    [InlineData("1899-12-31")]
    [InlineData("0001-01-01")]
    public void Keeps_a_date_before_Excel_s_first_as_the_text_it_was_written_as_marked_as_text(string date)
    {
        var schema = new TableSchema([Field("ngay", FieldType.Date)], [], []);

        var xlsx = Write(schema, [Row(2, date)]);

        Assert.Equal(date, XlsxReadBack.Read(xlsx).Rows[1][0]);
        Assert.True(XlsxReadBack.IsQuotePrefixed(XlsxReadBack.CellFormats(xlsx)[1][0]));
    }

    [Fact]
    public void Writes_every_digit_of_an_integer_a_double_cannot_hold()
    {
        var schema = new TableSchema([Field("ma", FieldType.Integer)], [], []);

        var sheetXml = XlsxReadBack.EntryText(Write(schema, [Row(2, "9007199254740993"), Row(3, "-9223372036854775808")]), XlsxWorkbook.SheetPath);

        Assert.Contains("<v>9007199254740993</v>", sheetXml);
        Assert.Contains("<v>-9223372036854775808</v>", sheetXml);
    }

    [Theory]
    [InlineData(7, 3, 3)]
    [InlineData(6, 3, 2)]
    [InlineData(2, 3, 1)]
    [InlineData(0, 3, 1)]
    public void Splits_a_table_longer_than_a_sheet_into_sheets_that_each_have_the_header(int rows, int rowsPerSheet, int sheets)
    {
        var schema = new TableSchema([Field("ma", FieldType.Integer), Field("ten", FieldType.String)], [], []);
        var table = Enumerable.Range(1, rows).Select(i => Row(i + 1, i.ToString(CultureInfo.InvariantCulture), $"Thửa {i}")).ToList();
        var output = new MemoryStream();

        XlsxWorkbook.Write(output, schema, table, "Thửa đất", Modified, rowsPerSheet);

        var read = XlsxReadBack.ReadAll(output.ToArray());
        Assert.Equal(sheets, read.Count);
        Assert.All(read, sheet => Assert.Equal(["ma", "ten"], sheet.Rows[0]));
        Assert.Equal(table.Select(r => (object?)double.Parse(r.Cells[0], CultureInfo.InvariantCulture)), read.SelectMany(sheet => sheet.Rows.Skip(1)).Select(r => r[0]));
        Assert.Equal(["Thửa đất", .. Enumerable.Range(2, sheets - 1).Select(n => $"Thửa đất ({n})")], read.Select(sheet => sheet.Name));
    }

    [Fact]
    public void Keeps_a_later_sheet_s_number_when_the_title_fills_a_name()
    {
        var title = new string('x', 40);

        Assert.Equal(new string('x', 31), XlsxWorkbook.SheetName(title, 1));
        Assert.Equal(new string('x', 27) + " (2)", XlsxWorkbook.SheetName(title, 2));
        Assert.Equal(new string('x', 26) + " (12)", XlsxWorkbook.SheetName(title, 12));
    }

    [Fact]
    public void Freezes_the_header_row()
    {
        var sheetXml = XlsxReadBack.EntryText(WriteFixture(), "xl/worksheets/sheet1.xml");

        Assert.Contains("ySplit=\"1\"", sheetXml);
        Assert.Contains("state=\"frozen\"", sheetXml);
    }

    [Fact]
    public void Stamps_every_entry_and_the_core_properties_with_the_modified_date()
    {
        var entries = XlsxReadBack.Entries(WriteFixture());

        Assert.All(entries, e => Assert.Equal(Modified.ToDateTime(TimeOnly.MinValue), e.LastWriteTime.DateTime));
        var core = entries.Single(e => e.Name == XlsxWorkbook.CorePropertiesPath).Text;
        Assert.Contains(">2024-05-17T00:00:00Z</dcterms:created>", core);
        Assert.DoesNotContain(DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), core);
        Assert.Contains(SheetTitle, core);
    }

    [Fact]
    public void Gives_identical_bytes_on_a_later_run()
    {
        var first = WriteFixture();
        // Past the one-second resolution of core.xml's date and the two-second resolution of zip entry times.
        Thread.Sleep(TimeSpan.FromSeconds(2.1));
        var second = WriteFixture();

        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("vi-VN")]
    [InlineData("de-DE")] // decimal comma
    [InlineData("ar-SA")] // a non-Gregorian calendar
    public void Gives_identical_bytes_under_any_culture(string culture)
    {
        var invariant = WithCulture(CultureInfo.InvariantCulture, WriteFixture);

        var other = WithCulture(CultureInfo.GetCultureInfo(culture), WriteFixture);

        Assert.Equal(invariant, other);
    }

    private static byte[] WithCulture(CultureInfo culture, Func<byte[]> write)
    {
        var (before, beforeUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
            return write();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (before, beforeUi);
        }
    }

    [Fact]
    public void Reads_the_rows_once() =>
        Assert.NotEmpty(Write(Schema, OnePass()));

    [Fact]
    public void Refuses_a_row_with_the_wrong_number_of_cells()
    {
        var error = Assert.Throws<InvalidDataException>(() => Write(Schema, [Row(4, "a", "1")]));

        Assert.Contains("Line 4", error.Message);
    }
}
