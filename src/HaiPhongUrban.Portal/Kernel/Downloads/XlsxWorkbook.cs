using System.Buffers;
using System.Globalization;
using System.Text;
using HaiPhongUrban.Portal.Kernel.Tables;

namespace HaiPhongUrban.Portal.Kernel.Downloads;

/// <summary>
/// The Excel download: a sheet with the field names as a bold, frozen header row and one row per data row (more
/// sheets, each with the header, when the table is longer than a sheet holds: <see cref="SheetRowLimit"/>),
/// each cell typed by the schema (integer, number, boolean, date shown as yyyy-mm-dd), text as
/// <see cref="CellText"/> makes it, marked as text when <see cref="QuotedText"/> says a spreadsheet would
/// otherwise take it for a formula or a number, and an empty cell left empty. The package is written part by
/// part into one <see cref="ZipPackage"/>, the sheet streamed row by row, stamped with <c>modified</c> and
/// nothing else, so the same rows always give the same bytes.
/// </summary>
/// <remarks>
/// The parts are those of a minimal SpreadsheetML package, in the order SpreadCheetah (which wrote this file
/// before) put them, known to open in Excel and LibreOffice. Writing them here deflates the sheet once: through
/// SpreadCheetah it was deflated, inflated again to stamp the dates and mark the styles, and deflated a second time.
/// </remarks>
public static class XlsxWorkbook
{
    /// <summary>The first sheet, the only one of a table that fits in one.</summary>
    public const string SheetPath = "xl/worksheets/sheet1.xml";

    public const string StylesPath = "xl/styles.xml";

    public const string CorePropertiesPath = "docProps/core.xml";

    // The cell formats of styles.xml, by index: plain, date, bold, bold text, text. "Text" is number format 49
    // (@) with Excel's quote prefix, what Excel itself sets when someone types a leading apostrophe.
    private const int DateStyle = 1;
    private const int BoldStyle = 2;
    private const int BoldTextStyle = 3;
    private const int TextStyle = 4;

    /// <summary>Excel's serial number of 1900-01-01 is 1; Excel also counts a 29 February 1900 that never was.</summary>
    private static readonly DateOnly FirstSerialDate = new(1900, 1, 1);

    private static readonly DateOnly FirstDateAfterExcelsLeapDay = new(1900, 3, 1);

    private const string Xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>";

    private const string MainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>The most rows a sheet holds in Excel (and LibreOffice), its header row included.</summary>
    public const int SheetRowLimit = 1_048_576;

    public static void Write(Stream output, TableSchema schema, IEnumerable<TableRow> rows, string sheetTitle, DateOnly modified) =>
        Write(output, schema, rows, sheetTitle, modified, SheetRowLimit - 1);

    /// <param name="rowsPerSheet">
    /// Data rows a sheet takes before the next begins, each with the header row again: a table longer than a
    /// sheet can hold is split into sheets that each open whole, named "title (2)", "title (3)"… after the first.
    /// </param>
    internal static void Write(Stream output, TableSchema schema, IEnumerable<TableRow> rows, string sheetTitle, DateOnly modified, int rowsPerSheet)
    {
        var package = new ZipPackage(output, modified);
        using var remaining = rows.GetEnumerator();
        var more = remaining.MoveNext();
        var sheets = 0;
        do
        {
            sheets++;
            package.Add(SheetPathOf(sheets), sheet => more = WriteSheet(sheet, schema, remaining, more, rowsPerSheet));
        }
        while (more);

        var sheetNumbers = Enumerable.Range(1, sheets).ToList();
        package.Add("docProps/app.xml", Utf8(Xml +
            "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">" +
            "<Application>HaiPhongUrban.Portal</Application></Properties>"));
        package.Add(CorePropertiesPath, Utf8(Xml +
            "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">" +
            $"<dc:title>{Escaped(sheetTitle)}</dc:title>" +
            $"<dcterms:created xsi:type=\"dcterms:W3CDTF\">{modified.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}T00:00:00Z</dcterms:created></cp:coreProperties>"));
        package.Add("_rels/.rels", Utf8(Xml +
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
            "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/>" +
            "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>" +
            "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"));
        package.Add("[Content_Types].xml", Utf8(Xml +
            "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
            "<Default Extension=\"xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\" />" +
            "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\" />" +
            "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\" />" +
            string.Concat(sheetNumbers.Select(n => $"<Override PartName=\"/{SheetPathOf(n)}\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\" />")) +
            "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>" +
            "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/></Types>"));
        package.Add("xl/_rels/workbook.xml.rels", Utf8(Xml +
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
            string.Concat(sheetNumbers.Select(n => $"<Relationship Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"/{SheetPathOf(n)}\" Id=\"{SheetRelationship(n)}\" />")) +
            $"<Relationship Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\" Id=\"{StylesRelationship}\" /></Relationships>"));
        package.Add("xl/workbook.xml", Utf8(Xml +
            $"<workbook xmlns=\"{MainNamespace}\" xmlns:r=\"{RelationshipsNamespace}\">" +
            "<sheets>" +
            string.Concat(sheetNumbers.Select(n => $"<sheet name=\"{Escaped(SheetName(sheetTitle, n))}\" sheetId=\"{n}\" r:id=\"{SheetRelationship(n)}\" />")) +
            "</sheets></workbook>"));
        package.Add(StylesPath, Utf8(Xml +
            $"<styleSheet xmlns=\"{MainNamespace}\">" +
            "<numFmts count=\"1\"><numFmt numFmtId=\"165\" formatCode=\"yyyy-mm-dd\"/></numFmts>" +
            "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font><font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>" +
            "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>" +
            "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>" +
            "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\"/></cellStyleXfs>" +
            "<cellXfs count=\"5\">" +
            "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" xfId=\"0\"/>" +
            "<xf numFmtId=\"165\" applyNumberFormat=\"1\" fontId=\"0\" fillId=\"0\" xfId=\"0\"/>" +
            "<xf numFmtId=\"0\" fontId=\"1\" applyFont=\"1\" fillId=\"0\" xfId=\"0\"/>" +
            $"<xf quotePrefix=\"1\" numFmtId=\"{QuotedText.TextNumberFormatId}\" applyNumberFormat=\"1\" fontId=\"1\" applyFont=\"1\" fillId=\"0\" xfId=\"0\"/>" +
            $"<xf quotePrefix=\"1\" numFmtId=\"{QuotedText.TextNumberFormatId}\" applyNumberFormat=\"1\" fontId=\"0\" fillId=\"0\" xfId=\"0\"/>" +
            "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles><dxfs count=\"0\"/></styleSheet>"));
        package.Finish();
    }

    private static string SheetPathOf(int number) => $"xl/worksheets/sheet{number}.xml";

    // The styles keep the relationship id they had with one sheet (rId2); sheets take rId1, then rId3 on.
    private const string StylesRelationship = "rId2";

    private static string SheetRelationship(int number) => number == 1 ? "rId1" : $"rId{number + 1}";

    /// <summary>The first sheet's name is the title's; each next one's ends with its number, which is never cut.</summary>
    internal static string SheetName(string title, int number)
    {
        if (number == 1)
        {
            return WorksheetName.From(title);
        }

        var suffix = $" ({number})";
        var name = WorksheetName.From(title);
        return (name.Length + suffix.Length <= WorksheetName.MaxLength ? name : WorksheetName.From(name[..(WorksheetName.MaxLength - suffix.Length)])) + suffix;
    }

    /// <summary>
    /// One sheet: the header, then up to <paramref name="rowsPerSheet"/> rows from <paramref name="rows"/>, whose
    /// current row is the next to write when <paramref name="more"/>. Returns whether rows are left for another sheet.
    /// </summary>
    private static bool WriteSheet(Stream stream, TableSchema schema, IEnumerator<TableRow> rows, bool more, int rowsPerSheet)
    {
        var xml = new XmlText(stream);
        xml.Raw(Encoding.UTF8.GetBytes(Xml +
            $"<worksheet xmlns=\"{MainNamespace}\" xmlns:r=\"{RelationshipsNamespace}\">" +
            "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" activePane=\"bottomLeft\" topLeftCell=\"A2\" state=\"frozen\"/>" +
            "<selection pane=\"bottomLeft\" /></sheetView></sheetViews><sheetData>"));

        long number = 1;
        xml.Raw("<row r=\"1\">"u8);
        foreach (var field in schema.Fields)
        {
            TextCell(xml, field.Name, QuotedText.IsQuoted(field.Name) ? BoldTextStyle : BoldStyle);
        }

        xml.Raw("</row>"u8);
        for (var written = 0; more && written < rowsPerSheet; written++, more = rows.MoveNext())
        {
            var row = rows.Current;
            RowCells.Checked(schema, row);
            number++;
            xml.Raw("<row r=\""u8);
            xml.Value(number);
            xml.Raw("\">"u8);
            for (var column = 0; column < schema.Fields.Count; column++)
            {
                Cell(xml, schema.Fields[column], row, column);
            }

            xml.Raw("</row>"u8);
            xml.FlushIfFull();
        }

        xml.Raw("</sheetData></worksheet>"u8);
        xml.Flush();
        return more;
    }

    private static void Cell(XmlText xml, TableField field, TableRow row, int column)
    {
        var text = row.Cells[column];
        if (text.Length == 0)
        {
            xml.Raw("<c/>"u8);
            return;
        }

        switch (field.Type)
        {
            case FieldType.Integer:
                xml.Raw("<c><v>"u8);
                xml.Value(RowCells.Integer(field, row, column));
                xml.Raw("</v></c>"u8);
                break;
            case FieldType.Number:
                // A spreadsheet's numbers are doubles: the nearest one, written the shortest way that reads back as it.
                xml.Raw("<c><v>"u8);
                xml.Value((double)RowCells.Number(field, row, column));
                xml.Raw("</v></c>"u8);
                break;
            case FieldType.Boolean:
                xml.Raw(RowCells.Boolean(field, row, column) ? "<c t=\"b\"><v>1</v></c>"u8 : "<c t=\"b\"><v>0</v></c>"u8);
                break;
            case FieldType.Date when RowCells.Date(field, row, column) is var date && date >= FirstSerialDate:
                xml.Raw("<c s=\"1\"><v>"u8);
                xml.Value(Serial(date));
                xml.Raw("</v></c>"u8);
                break;
            case FieldType.Date:
                // Excel's dates start in 1900: an earlier one is kept as the text it was written as, marked as text.
                TextCell(xml, RowCells.Date(field, row, column).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), TextStyle);
                break;
            case FieldType.String:
                TextCell(xml, CellText(text), QuotedText.IsQuoted(text) ? TextStyle : 0);
                break;
            default:
                throw new InvalidOperationException($"A {field.Type} column has no rule in XLSX.");
        }
    }

    /// <summary>A text cell, held in the cell itself (no shared strings table to keep for a million rows).</summary>
    private static void TextCell(XmlText xml, string text, int style)
    {
        xml.Raw(style switch
        {
            0 => "<c t=\"inlineStr\"><is>"u8,
            BoldStyle => "<c t=\"inlineStr\" s=\"2\"><is>"u8,
            BoldTextStyle => "<c t=\"inlineStr\" s=\"3\"><is>"u8,
            _ => "<c t=\"inlineStr\" s=\"4\"><is>"u8,
        });
        xml.Raw(KeepsItsSpaces(text) ? "<t xml:space=\"preserve\">"u8 : "<t>"u8);
        xml.Text(text);
        xml.Raw("</t></is></c>"u8);
    }

    private static readonly SearchValues<char> BreaksAndTabs = SearchValues.Create("\t\n\r");

    /// <summary>
    /// Whether the text needs <c>xml:space="preserve"</c>, without which a spreadsheet may trim or fold its white
    /// space: a space at either end, two in a row, a tab or a line break. Plain text goes without it, a fifth of a
    /// sheet's bytes fewer to write and compress.
    /// </summary>
    internal static bool KeepsItsSpaces(string text) =>
        text.Length > 0 && (text[0] == ' ' || text[^1] == ' ' || text.AsSpan().IndexOfAny(BreaksAndTabs) >= 0 || text.Contains("  ", StringComparison.Ordinal));

    /// <summary>Excel's serial number of a date from 1900-01-01 on, in its 1900 date system.</summary>
    internal static int Serial(DateOnly date) =>
        date.DayNumber - FirstSerialDate.DayNumber + 1 + (date >= FirstDateAfterExcelsLeapDay ? 1 : 0);

    /// <summary>
    /// Text as a cell holds it: the source's value with every line break as LF. A cell's line break in Excel is LF,
    /// and XML readers turn a raw CR into LF anyway; doing it here makes that change deliberate and visible.
    /// No apostrophe: a string cell is never a formula, and the quote prefix of its style keeps it text.
    /// </summary>
    internal static string CellText(string text) =>
        text.Contains('\r') ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;

    // The five entities, as XmlText writes them in the sheet.
    private static string Escaped(string text) => System.Security.SecurityElement.Escape(text);

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
