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
    private readonly IReadOnlyList<int>? _lines;

    /// <summary>The line each cell starts on; by default every cell starts on <see cref="Line"/>.</summary>
    /// <remarks>Made only when asked for: the reader sets its own, and a million rows need no copies thrown away.</remarks>
    public IReadOnlyList<int> Lines
    {
        get => _lines ?? Cells.Select(_ => Line).ToList();
        init => _lines = value;
    }
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
        using var stream = Open(path);
        using var reader = Reader(stream, events?.OnQuotingProblem);
        while (reader.Read())
        {
            var cells = new string[reader.FieldCount];
            var columns = new int[reader.FieldCount];
            var lines = new int[reader.FieldCount];
            var line = (int)reader.LineNumber;
            var column = 1;
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = Cell(reader, i, out var decomposed);
                if (decomposed)
                {
                    events?.OnDecomposed?.Invoke(line, column);
                }

                lines[i] = line;
                columns[i] = column;

                // A line break inside a quoted cell moves the next cell to a later line of the file. Columns
                // count UTF-16 characters of the cell as written (quotes included), counted on its raw bytes
                // rather than on a decoded copy of them: no string per cell.
                var raw = reader.GetRawSpan(i);
                var lastBreak = raw.LastIndexOf((byte)'\n');
                if (lastBreak >= 0)
                {
                    line += raw.Count((byte)'\n');
                    column = Encoding.UTF8.GetCharCount(raw[(lastBreak + 1)..]) + 2;
                }
                else
                {
                    column += Encoding.UTF8.GetCharCount(raw) + 1;
                }
            }

            yield return new CsvRecord((int)reader.LineNumber, cells, columns) { Lines = lines };
        }
    }

    /// <summary>
    /// The data rows of a file validation has passed, the header skipped: the same cells as <see cref="Read"/>
    /// gives, without the line and column of each, which only validation's messages need.
    /// </summary>
    public static IEnumerable<TableRow> ReadRows(string path)
    {
        using var stream = Open(path);
        using var reader = Reader(stream, null);
        var header = true;
        while (reader.Read())
        {
            if (header)
            {
                header = false;
                continue;
            }

            var cells = new string[reader.FieldCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = Cell(reader, i, out _);
            }

            yield return new TableRow((int)reader.LineNumber, cells);
        }
    }

    private static FileStream Open(string path)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        try
        {
            // Strict UTF-8: a file in another encoding stops the read (DecoderFallbackException) before its first
            // record rather than turning Vietnamese letters into replacement characters. One vectorised scan of the
            // bytes, so that the reader can then parse the bytes as they are, without a decoder in front of it.
            RequireUtf8(stream);
            SkipUtf8ByteOrderMark(stream);
            return stream;
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    private static CsvReader Reader(Stream stream, Action<CsvQuotingProblem>? onQuotingProblem)
    {
        var options = CsvReaderOptions.Default with
        {
            Separator = ',',
            HasHeader = false,
            TrackLineNumbers = true,
            DetectSeparatorHint = false,
            MaxRecordSize = MaxRecordBytes,
            OnMalformedRecord = onQuotingProblem is null ? null : m => onQuotingProblem(new CsvQuotingProblem((int)m.LineNumber, m.Reason.ToString())),
        };
        return CsvReader.Create(stream, options, false);
    }

    /// <summary>A cell's text, composed (NFC) when it was written decomposed, which <paramref name="decomposed"/> tells.</summary>
    private static string Cell(CsvReader reader, int index, out bool decomposed)
    {
        var text = reader.GetString(index);
        // A noncharacter makes normalisation throw; the cell is left as written for validation to refuse.
        decomposed = !SurelyComposed(text) && (!MayBeUnwritable(text) || UnwritableCharacters.IndexIn(text) < 0) && !text.IsNormalized(NormalizationForm.FormC);
        return decomposed ? text.Normalize(NormalizationForm.FormC) : text;
    }

    /// <summary>
    /// Whether <paramref name="text"/> is composed (NFC) on sight, without asking ICU: every character is below
    /// U+0300, where no combining mark is, or a precomposed letter of Latin Extended Additional (U+1E00–U+1EFF,
    /// Vietnamese's ạ…ỹ), each its own NFC form. Anything else (a combining mark, another script) goes to ICU.
    /// </summary>
    private static bool SurelyComposed(string text)
    {
        var span = text.AsSpan();
        for (var at = span.IndexOfAnyExceptInRange('\0', '\u02FF'); at >= 0; at = span.IndexOfAnyExceptInRange('\0', '\u02FF'))
        {
            if (span[at] is < '\u1E00' or > '\u1EFF')
            {
                return false;
            }

            span = span[(at + 1)..];
        }

        return true;
    }

    /// <summary>Throws <see cref="DecoderFallbackException"/> when the file is not UTF-8, then rewinds it.</summary>
    private static void RequireUtf8(FileStream stream)
    {
        // Checked block by block; a character cut at the end of a block is carried over to the next.
        var buffer = new byte[1 << 16];
        var carried = 0;
        int read;
        while ((read = stream.Read(buffer, carried, buffer.Length - carried)) > 0)
        {
            var length = carried + read;
            var whole = length - CutCharacterAtEnd(buffer.AsSpan(0, length));
            if (!System.Text.Unicode.Utf8.IsValid(buffer.AsSpan(0, whole)))
            {
                throw new DecoderFallbackException("The file is not UTF-8.");
            }

            carried = length - whole;
            buffer.AsSpan(whole, carried).CopyTo(buffer);
        }

        if (carried > 0)
        {
            throw new DecoderFallbackException("The file ends inside a UTF-8 character.");
        }

        stream.Position = 0;
    }

    /// <summary>How many bytes at the end of <paramref name="block"/> begin a character the block does not finish.</summary>
    private static int CutCharacterAtEnd(ReadOnlySpan<byte> block)
    {
        for (var back = 1; back <= 3 && back <= block.Length; back++)
        {
            var b = block[^back];
            if ((b & 0xC0) != 0x80)
            {
                // A lead byte: 110xxxxx starts 2 bytes, 1110xxxx 3, 11110xxx 4; ASCII or a stray byte is whole.
                var needs = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
                return needs > back ? back : 0;
            }
        }

        return 0;
    }

    /// <summary>
    /// Whether <paramref name="text"/> holds a character <see cref="UnwritableCharacters"/> might refuse (a surrogate,
    /// U+FDD0–U+FDEF, U+FFFE or U+FFFF): a vectorised search that spares almost every cell the character-by-character
    /// check, here and in validation.
    /// </summary>
    public static bool MayBeUnwritable(string text)
    {
        var span = text.AsSpan();
        return span.IndexOfAnyInRange('\uD800', '\uDFFF') >= 0 || span.IndexOfAnyInRange('\uFDD0', '\uFDEF') >= 0 || span.IndexOfAny('\uFFFE', '\uFFFF') >= 0;
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
    public IEnumerable<TableRow> Read() => CsvTable.ReadRows(Path);
}
