using ExcelDataReader;
using ExcelDataReader.Exceptions;
using System.Globalization;
using System.Text;
using System.Xml;

namespace HaiPhongUrban.Portal.Sections.Planning.Import;

/// <summary>
/// Reads a dossier workbook into a <see cref="DossierRecord"/>: its three sheets, each header row (the
/// first non-empty row), and the cells under each header. Only the OpenXML reader is used: an old
/// binary .xls or a CSV is refused with a message saying to save it as .xlsx. Anything wrong with the file
/// as a workbook is a <see cref="DossierImportException"/>; what a cell says is the mapping's business.
/// </summary>
/// <remarks>
/// ExcelDataReader 3.6.0 needs the legacy code pages even for xlsx: <c>ExcelReaderConfiguration</c>'s
/// constructor asks for Windows-1252 as its fallback encoding, and throws <see cref="NotSupportedException"/>
/// without them. The provider ships with .NET (no package); registering it is process-wide and idempotent.
/// </remarks>
public static class ReadDossierWorkbook
{
    static ReadDossierWorkbook() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static DossierRecord Read(string path)
    {
        var sheets = ReadSheets(path);
        DossierSheet Sheet(string name)
        {
            if (!sheets.TryGetValue(name, out var rows))
            {
                throw new DossierImportException(string.Empty, ImportMessages.SheetMissing, name, sheets.Count == 0 ? "—" : string.Join(", ", sheets.Keys));
            }

            return ToSheet(name, rows);
        }

        var dossier = Sheet(DossierHeaders.DossierSheet);
        var drawings = Sheet(DossierHeaders.DrawingsSheet);
        var documents = Sheet(DossierHeaders.DocumentsSheet);
        return dossier.Rows.Count switch
        {
            0 => throw new DossierImportException($"{dossier.Name}!{dossier.HeaderRow + 1}:{dossier.HeaderRow + 1}", ImportMessages.DossierRowMissing),
            1 => new DossierRecord(path, dossier.Rows[0], drawings, documents),
            _ => throw new DossierImportException(dossier.Rows[1].Address, ImportMessages.DossierRowsMany, dossier.Rows.Count.ToString(CultureInfo.InvariantCulture)),
        };
    }

    /// <summary>
    /// Every sheet by its name, trimmed and in any case ("HOSO", "HoSo "), each as its rows numbered as Excel
    /// numbers them (empty rows kept, as ExcelDataReader gives them). Of two sheets with one name so compared,
    /// the first is read.
    /// </summary>
    private static Dictionary<string, List<object?[]>> ReadSheets(string path)
    {
        if (!File.Exists(path))
        {
            throw new DossierImportException(string.Empty, ImportMessages.WorkbookMissing, Path.GetFileName(path));
        }

        try
        {
            using var stream = File.OpenRead(path);
            using var reader = ExcelReaderFactory.CreateOpenXmlReader(stream);
            var sheets = new Dictionary<string, List<object?[]>>(StringComparer.OrdinalIgnoreCase);
            do
            {
                var rows = new List<object?[]>();
                while (reader.Read())
                {
                    var row = new object?[reader.FieldCount];
                    for (var i = 0; i < row.Length; i++)
                    {
                        row[i] = reader.GetValue(i);
                    }

                    rows.Add(row);
                }

                sheets.TryAdd(reader.Name.Trim(), rows);
            }
            while (reader.NextResult());

            return sheets;
        }
        catch (Exception ex) when (ex is ExcelReaderException or InvalidDataException or XmlException or NotSupportedException or FormatException or InvalidCastException or IndexOutOfRangeException)
        {
            // A zip that is no workbook, an .xls, a .csv, a damaged package: all the same to staff.
            throw new DossierImportException(string.Empty, ImportMessages.NotXlsx, Path.GetFileName(path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new DossierImportException(string.Empty, ImportMessages.WorkbookUnreadable, Path.GetFileName(path), ex.Message);
        }
    }

    private static DossierSheet ToSheet(string name, List<object?[]> rows)
    {
        var headerIndex = rows.FindIndex(r => r.Any(HasValue));
        if (headerIndex < 0)
        {
            throw new DossierImportException($"{name}!1:1", ImportMessages.SheetEmpty, name, string.Join(", ", DossierHeaders.Required[name]));
        }

        var headerRow = headerIndex + 1;
        var headers = rows[headerIndex].Select(v => v is null ? string.Empty : Convert.ToString(v, CultureInfo.InvariantCulture)!.Trim().Normalize()).ToList();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < headers.Count; i++)
        {
            if (headers[i].Length == 0)
            {
                continue;
            }

            var address = new DossierCell(name, headers[i], headerRow, i, null).Address;
            if (!seen.TryAdd(DossierHeaders.Key(headers[i]), address))
            {
                throw new DossierImportException(address, ImportMessages.HeaderRepeated, headers[i], seen[DossierHeaders.Key(headers[i])]);
            }
        }

        foreach (var required in DossierHeaders.Required[name])
        {
            if (!seen.ContainsKey(DossierHeaders.Key(required)))
            {
                throw new DossierImportException($"{name}!{headerRow}:{headerRow}", ImportMessages.HeaderMissing, name, required, string.Join(", ", DossierHeaders.Required[name]));
            }
        }

        var data = new List<DossierRow>();
        for (var r = headerIndex + 1; r < rows.Count; r++)
        {
            if (!rows[r].Any(HasValue))
            {
                continue;
            }

            // A cell under every header, then any value right of the headers (with no header), so that nothing typed goes unseen.
            var row = rows[r];
            var cells = Enumerable.Range(0, Math.Max(headers.Count, row.Length))
                .Select(column => new DossierCell(name, column < headers.Count ? headers[column] : string.Empty, r + 1, column, column < row.Length ? row[column] : null))
                .Where(c => c.Header.Length > 0 || !c.IsEmpty)
                .ToList();
            data.Add(new DossierRow(name, r + 1, cells));
        }

        return new DossierSheet(name, headerRow, headers.Where(h => h.Length > 0).ToList(), data);
    }

    private static bool HasValue(object? value) => value is not null && (value is not string text || text.Trim().Length > 0);
}
