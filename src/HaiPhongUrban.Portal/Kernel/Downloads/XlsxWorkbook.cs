using HaiPhongUrban.Portal.Kernel.Tables;
using SpreadCheetah;
using SpreadCheetah.Metadata;
using SpreadCheetah.Styling;
using SpreadCheetah.Worksheets;

namespace HaiPhongUrban.Portal.Kernel.Downloads;

/// <summary>
/// The Excel download: one sheet with the field names as a bold, frozen header row and one row per data row,
/// each cell typed by the schema (integer, number, boolean, date shown as yyyy-mm-dd), text as
/// <see cref="CellText"/> makes it, marked as text when <see cref="QuotedText"/> says a spreadsheet would
/// otherwise take it for a formula or a number, and an empty cell left empty. Rows are streamed by SpreadCheetah,
/// then <see cref="ReproducibleZip"/> marks the text styles and stamps the package with <c>modified</c>, so the
/// same rows always give the same bytes.
/// </summary>
public static class XlsxWorkbook
{
    private static readonly Cell Empty = new((string?)null);

    private static readonly Dictionary<string, Func<string, string>> PackageEdits = new(StringComparer.Ordinal)
    {
        [QuotedText.StylesPath] = QuotedText.MarkTextStyles,
    };

    public static void Write(Stream output, TableSchema schema, IEnumerable<TableRow> rows, string sheetTitle, DateOnly modified)
    {
        // The package has to be rewritten once complete; a temporary file, not memory, holds it for a million rows.
        using var package = TemporaryFile();

        // SpreadCheetah is async only. Running it on the thread pool means a caller's synchronisation context
        // can never deadlock this wait.
        Task.Run(() => WriteSpreadsheetAsync(package, schema, rows, sheetTitle)).GetAwaiter().GetResult();

        package.Position = 0;
        ReproducibleZip.Rewrite(package, output, modified, PackageEdits);
    }

    private static async Task WriteSpreadsheetAsync(Stream package, TableSchema schema, IEnumerable<TableRow> rows, string sheetTitle)
    {
        var options = new SpreadCheetahOptions
        {
            DefaultDateTimeFormat = NumberFormat.Custom("yyyy-mm-dd"),
            // Without it readers strip a value's leading and trailing spaces; the data must come back exactly.
            PreserveStringWhitespace = true,
            DocumentProperties = new DocumentProperties { Title = sheetTitle },
        };

        await using var spreadsheet = await Spreadsheet.CreateNewAsync(package, options).ConfigureAwait(false);
        var textFormat = NumberFormat.Standard(StandardNumberFormat.Text);
        var bold = spreadsheet.AddStyle(new Style { Font = { Bold = true } });
        var boldQuoted = spreadsheet.AddStyle(new Style { Font = { Bold = true }, Format = textFormat });
        var quoted = spreadsheet.AddStyle(new Style { Format = textFormat });
        await spreadsheet.StartWorksheetAsync(WorksheetName.From(sheetTitle), new WorksheetOptions { FrozenRows = 1 }).ConfigureAwait(false);

        var header = schema.Fields.Select(field => new Cell(field.Name, QuotedText.IsQuoted(field.Name) ? boldQuoted : bold)).ToArray();
        await spreadsheet.AddRowAsync(header).ConfigureAwait(false);

        // One array reused for every row: SpreadCheetah copies the cells into its buffer before returning.
        var cells = new Cell[schema.Fields.Count];
        foreach (var row in rows)
        {
            RowCells.Checked(schema, row);
            for (var column = 0; column < cells.Length; column++)
            {
                cells[column] = Cell(RowCells.Typed(schema.Fields[column], row, column), quoted);
            }

            await spreadsheet.AddRowAsync(cells).ConfigureAwait(false);
        }

        await spreadsheet.FinishAsync().ConfigureAwait(false);
    }

    private static Cell Cell(object? value, StyleId quoted) => value switch
    {
        null => Empty,
        long integer => new Cell(integer),
        decimal number => new Cell(number),
        bool flag => new Cell(flag),
        DateOnly date => new Cell(date.ToDateTime(TimeOnly.MinValue)),
        string text when QuotedText.IsQuoted(text) => new Cell(CellText(text), quoted),
        string text => new Cell(CellText(text)),
        _ => throw new InvalidOperationException($"FieldTypes.Parse gave a {value.GetType()}, which XLSX has no rule for."),
    };

    /// <summary>
    /// Text as a cell holds it: the source's value with every line break as LF. A cell's line break in Excel is LF,
    /// and XML readers turn a raw CR into LF anyway; doing it here makes that change deliberate and visible.
    /// No apostrophe: a string cell is never a formula, and the quote prefix of its style keeps it text.
    /// </summary>
    internal static string CellText(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    private static FileStream TemporaryFile() => new(
        Path.Combine(Path.GetTempPath(), Path.GetRandomFileName()),
        FileMode.CreateNew,
        FileAccess.ReadWrite,
        FileShare.None,
        bufferSize: 81920,
        FileOptions.DeleteOnClose);
}
