using HaiPhongUrban.Portal.Kernel.Tables;

namespace HaiPhongUrban.Portal.Kernel.Downloads;

/// <summary>
/// What every download writer needs from a row: that it has one cell per field, and each cell's typed value.
/// Validation has already refused bad rows, so a failure here is a bug upstream; it stops the write with the
/// row's line rather than publish a file that silently disagrees with its schema.
/// </summary>
internal static class RowCells
{
    public static IReadOnlyList<string> Checked(TableSchema schema, TableRow row) =>
        row.Cells.Count == schema.Fields.Count
            ? row.Cells
            : throw new InvalidDataException(
                $"Line {row.Line}: {row.Cells.Count} cells, but the schema has {schema.Fields.Count} fields.");

    /// <summary>
    /// A non-empty cell's value as <see cref="FieldTypes"/> reads its type, unboxed: the writers ask for every
    /// typed cell of a million rows. The caller has checked the cell's type and that it is not empty (an empty
    /// cell of any type is an optional value that is missing).
    /// </summary>
    public static long Integer(TableField field, TableRow row, int column) =>
        FieldTypes.TryInteger(row.Cells[column], out var value) ? value : throw NotA(field, row, column);

    public static decimal Number(TableField field, TableRow row, int column) =>
        FieldTypes.TryNumber(row.Cells[column], out var value) ? value : throw NotA(field, row, column);

    public static DateOnly Date(TableField field, TableRow row, int column) =>
        FieldTypes.TryDate(row.Cells[column], out var value) ? value : throw NotA(field, row, column);

    public static bool Boolean(TableField field, TableRow row, int column) =>
        FieldTypes.TryBoolean(row.Cells[column], out var value) ? value : throw NotA(field, row, column);

    private static InvalidDataException NotA(TableField field, TableRow row, int column) =>
        new($"Line {row.Line}: '{row.Cells[column]}' in column '{field.Name}' is not a {field.Type.Name()}.");
}
