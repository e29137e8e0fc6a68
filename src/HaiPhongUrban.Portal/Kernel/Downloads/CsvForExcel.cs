using HaiPhongUrban.Portal.Kernel.Tables;

namespace HaiPhongUrban.Portal.Kernel.Downloads;

/// <summary>
/// The CSV that opens correctly in Excel by double-click: the same RFC 4180 file as <see cref="CsvForScripts"/>,
/// but with a UTF-8 byte order mark (without it Excel reads Vietnamese as Windows-1252 mojibake) and with
/// formula-like text neutralised by <see cref="FormulaNeutraliser"/>. Only string columns and header names are
/// neutralised; integer, number, date and boolean columns are written exactly as in content.
/// </summary>
public static class CsvForExcel
{
    public static void Write(Stream output, TableSchema schema, IEnumerable<TableRow> rows)
    {
        var text = schema.Fields.Select(field => field.Type == FieldType.String).ToArray();
        CsvRecords.Write(
            output,
            schema.Fields.Select(field => FormulaNeutraliser.Neutralise(field.Name)).ToList(),
            rows.Select(row => RowCells.Checked(schema, row)),
            byteOrderMark: true,
            (column, value) => text[column] ? FormulaNeutraliser.Neutralise(value) : value);
    }
}
