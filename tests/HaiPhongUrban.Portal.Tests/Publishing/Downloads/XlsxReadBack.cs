using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using ExcelDataReader;

namespace HaiPhongUrban.Portal.Tests.Publishing.Downloads;

/// <summary>
/// Reads an XLSX download back: its cells with ExcelDataReader, a standard reader, its zip entries as they are,
/// and each cell's format (the cellXfs entry its style index points at) from the XML, which ExcelDataReader does not give.
/// </summary>
public static class XlsxReadBack
{
    public sealed record Sheet(string Name, IReadOnlyList<IReadOnlyList<object?>> Rows);

    public sealed record Entry(string Name, DateTimeOffset LastWriteTime, string Text);

    static XlsxReadBack() =>
        // ExcelDataReader looks up legacy code pages while opening a workbook; .NET only has them once registered.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Sheet Read(byte[] xlsx)
    {
        using var reader = ExcelReaderFactory.CreateReader(new MemoryStream(xlsx));
        Assert.Equal(1, reader.ResultsCount);
        var rows = new List<IReadOnlyList<object?>>();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetValue).ToList());
        }

        return new Sheet(reader.Name, rows);
    }

    /// <summary>Every sheet of a workbook, in order.</summary>
    public static IReadOnlyList<Sheet> ReadAll(byte[] xlsx)
    {
        using var reader = ExcelReaderFactory.CreateReader(new MemoryStream(xlsx));
        var sheets = new List<Sheet>();
        do
        {
            var rows = new List<IReadOnlyList<object?>>();
            while (reader.Read())
            {
                rows.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetValue).ToList());
            }

            sheets.Add(new Sheet(reader.Name, rows));
        }
        while (reader.NextResult());

        return sheets;
    }

    public static IReadOnlyList<Entry> Entries(byte[] xlsx)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read);
        return zip.Entries.Select(e => new Entry(e.FullName, e.LastWriteTime, ReadText(e))).ToList();
    }

    public static string EntryText(byte[] xlsx, string name) => Entries(xlsx).Single(e => e.Name == name).Text;

    public static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>Row by row, each cell's format element (<c>&lt;xf&gt;</c> of cellXfs); a cell without a style index has the first.</summary>
    public static IReadOnlyList<IReadOnlyList<XElement>> CellFormats(byte[] xlsx)
    {
        var formats = XDocument.Parse(EntryText(xlsx, "xl/styles.xml")).Root!.Element(Main + "cellXfs")!.Elements(Main + "xf").ToList();
        var sheet = XDocument.Parse(EntryText(xlsx, "xl/worksheets/sheet1.xml"));
        return sheet.Descendants(Main + "row")
            .Select(row => (IReadOnlyList<XElement>)row.Elements(Main + "c").Select(c => formats[(int?)c.Attribute("s") ?? 0]).ToList())
            .ToList();
    }

    /// <summary>Whether a cell format carries the quote prefix: the cell is shown, and kept when edited, as text.</summary>
    public static bool IsQuotePrefixed(XElement format) => (string?)format.Attribute("quotePrefix") is "1" or "true";

    private static string ReadText(ZipArchiveEntry entry)
    {
        using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
