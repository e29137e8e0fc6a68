using System.Text;
using CsvHelper;
using HaiPhongUrban.Portal.Kernel.Files;

namespace HaiPhongUrban.Portal.Kernel.Tables;

/// <summary>
/// One record of a CSV file: the line it starts on, its cells, and the line and column each cell
/// starts at (a quoted cell may hold line breaks, so a record can span lines).
/// </summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Cells, IReadOnlyList<int> Columns)
{
    public IReadOnlyList<int> Lines { get; init; } = Cells.Select(_ => Line).ToList();
}

/// <summary>A quoting problem CsvHelper found: a stray quote, text after a closing quote, an unclosed quote.</summary>
public sealed record CsvQuotingProblem(int Line, string Reason);

/// <summary>What <see cref="CsvTable.Read"/> reports as it goes, for the validation stage to word as diagnostics.</summary>
/// <param name="OnQuotingProblem">Each record with misplaced quotes.</param>
/// <param name="OnDecomposed">Each cell (line, column) that was in decomposed Unicode and was read composed.</param>
public sealed record CsvReadEvents(Action<CsvQuotingProblem>? OnQuotingProblem = null, Action<int, int>? OnDecomposed = null);

/// <summary>
/// Streams the records of a CSV file with CsvHelper, header first, one record at a time, so that a
/// file of a million rows is never held in memory. Comma-separated, RFC 4180 quoting, strict UTF-8
/// (a UTF-8 byte-order mark is accepted and dropped). Values are exactly as written, no trimming,
/// except that decomposed Unicode (NFD) is composed (NFC), for every stage alike: the checks, the
/// foreign keys and the downloads see the same values.
/// </summary>
public static class CsvTable
{
    /// <summary>
    /// The longest record read: a guard against an unclosed quote at the top of a huge file, which
    /// would otherwise be buffered whole as one cell. Real rows are well under a kilobyte.
    /// </summary>
    public const int MaxRecordBytes = 1 << 20;

    public static IEnumerable<CsvRecord> Read(string path, CsvReadEvents? events = null)
    {
        var onQuotingProblem = events?.OnQuotingProblem;
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        SkipUtf8ByteOrderMark(stream);

        // A strict decoder: a file in another encoding stops the read (DecoderFallbackException) rather
        // than turning Vietnamese letters into replacement characters.
        using var text = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: false);
        var options = CsvReaderOptions.Default with
        {
            Separator = ',',
            HasHeader = false,
            TrackLineNumbers = true,
            DetectSeparatorHint = false,
            MaxRecordSize = MaxRecordBytes,
            OnMalformedRecord = onQuotingProblem is null ? null : m => onQuotingProblem(new CsvQuotingProblem((int)m.LineNumber, m.Reason.ToString())),
        };
        using var reader = CsvReader.Create(text, options, false);
        while (reader.Read())
        {
            var cells = new string[reader.FieldCount];
            var columns = new int[reader.FieldCount];
            var lines = new int[reader.FieldCount];
            var line = (int)reader.LineNumber;
            var column = 1;
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = reader.GetString(i);
                // A noncharacter makes normalisation throw; the cell is left as written for validation to refuse.
                if (UnwritableCharacters.IndexIn(cells[i]) < 0 && !cells[i].IsNormalized(NormalizationForm.FormC))
                {
                    cells[i] = cells[i].Normalize(NormalizationForm.FormC);
                    events?.OnDecomposed?.Invoke(line, column);
                }

                lines[i] = line;
                columns[i] = column;
                var raw = Encoding.UTF8.GetString(reader.GetRawSpan(i));

                // A line break inside a quoted cell moves the next cell to a later line of the file.
                var lastBreak = raw.LastIndexOf('\n');
                if (lastBreak >= 0)
                {
                    line += raw.Count(c => c == '\n');
                    column = raw.Length - lastBreak + 1;
                }
                else
                {
                    column += raw.Length + 1;
                }
            }

            yield return new CsvRecord((int)reader.LineNumber, cells, columns) { Lines = lines };
        }
    }

    /// <summary>The first bytes of the file tell a UTF-16 file (refused by the caller) from UTF-8.</summary>
    public static bool StartsLikeUtf16(string path)
    {
        Span<byte> start = stackalloc byte[2];
        using var stream = File.OpenRead(path);
        return stream.Read(start) == 2 && ((start[0] == 0xFF && start[1] == 0xFE) || (start[0] == 0xFE && start[1] == 0xFF));
    }

    private static void SkipUtf8ByteOrderMark(Stream stream)
    {
        Span<byte> start = stackalloc byte[3];
        var read = stream.Read(start);
        if (read < 3 || !start.SequenceEqual((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            stream.Position = 0;
        }
    }
}

/// <summary>The data rows of a validated CSV file, streamed from disk each time they are read.</summary>
public sealed record CsvFileRows(string Path) : ITableRows
{
    public IEnumerable<TableRow> Read() => CsvTable.Read(Path).Skip(1).Select(r => new TableRow(r.Line, r.Cells));
}
