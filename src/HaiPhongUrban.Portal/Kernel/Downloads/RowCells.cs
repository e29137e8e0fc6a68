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
    /// The cell's value as <see cref="FieldTypes.Parse"/> types it (long, decimal, DateOnly, bool or string),
    /// or null for an empty cell of any type: an optional value that is missing.
    /// </summary>
    public static object? Typed(TableField field, TableRow row, int column)
    {
        var text = row.Cells[column];
        if (text.Length == 0)
        {
            return null;
        }

        return field.Type.Parse(text) ?? throw new InvalidDataException(
            $"Line {row.Line}: '{text}' in column '{field.Name}' is not a {field.Type.Name()}.");
    }
}
