using HaiPhongUrban.Portal.Kernel.Tables;

namespace HaiPhongUrban.Portal.Kernel.Downloads;

/// <summary>
/// The CSV for scripts (R, Python, csvkit): RFC 4180, UTF-8 without a byte order mark, every value exactly as in
/// content. Nothing is neutralised: a script reading <c>=SUM(A1)</c> must get <c>=SUM(A1)</c>.
/// Quoting is described on <see cref="CsvRecords"/>.
/// </summary>
public static class CsvForScripts
{
    public static void Write(Stream output, TableSchema schema, IEnumerable<TableRow> rows) =>
        CsvRecords.Write(
            output,
            schema.Fields.Select(field => field.Name).ToList(),
            rows.Select(row => RowCells.Checked(schema, row)),
            byteOrderMark: false);
}
