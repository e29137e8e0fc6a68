using System.IO.Compression;
using System.Text;
using ExcelDataReader;

namespace HaiPhongUrban.Portal.Tests.Publishing.Downloads;

/// <summary>Reads an XLSX download back: its cells with ExcelDataReader, a standard reader, and its zip entries as they are.</summary>
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

    public static IReadOnlyList<Entry> Entries(byte[] xlsx)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read);
        return zip.Entries.Select(e => new Entry(e.FullName, e.LastWriteTime, ReadText(e))).ToList();
    }

    public static string EntryText(byte[] xlsx, string name) => Entries(xlsx).Single(e => e.Name == name).Text;

    private static string ReadText(ZipArchiveEntry entry)
    {
        using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
