using HaiPhongUrban.Portal.Kernel.Files;
using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Kernel.Tables;
using System.Globalization;
using CsvHelper;
using System.Collections.Concurrent;
using System.Text;

namespace HaiPhongUrban.Portal.Sections.Datasets.Validation;

/// <summary>
/// Reads one CSV file, streaming, and reports all that is wrong with it at once: the encoding, the
/// header, quoting, the number of cells of each row, then every cell (<see cref="CheckTableCells"/>).
/// </summary>
public static class CheckCsvFile
{
    /// <summary>
    /// A file from this size on is checked in the read that publishes it (<see cref="CsvFileCheck"/>), when the
    /// build gets that far, if one resource names it and nothing reads it before (see <see cref="ValidateDatasets"/>):
    /// a million rows are then read once, not once to check and once to publish. Smaller files, every one of the
    /// seed, are checked in the validate stage, where the second read costs nothing.
    /// </summary>
    public const long SharedReadFromBytes = 1 << 20;

    public static void Run(string path, TableSchema schema, DiagnosticBag diagnostics)
    {
        if (CsvTable.StartsLikeUtf16(path))
        {
            diagnostics.Error(SourceLocation.StartOf(path), Messages.Utf16);
            return;
        }

        var check = new CsvFileCheck(path, schema, diagnostics);
        try
        {
            check.Check(CsvTable.Read(path, check.Events));
        }
        catch (DecoderFallbackException)
        {
            // The decoder reads ahead of the records, so the bad byte's place is found by reading the
            // file once more, only now that it is known to be broken.
            ReadTextFile.Decode(path, File.ReadAllBytes(path), diagnostics);
        }
        catch (CsvFormatException ex) when (ex.LineNumber > 0 || ex.RecordNumber > 0)
        {
            // The only exception the reader throws as configured: a record over CsvTable.MaxRecordBytes.
            diagnostics.Error(new SourceLocation(path, (int)Math.Clamp(ex.LineNumber, 1, int.MaxValue), 1), Messages.CsvRecordTooLarge,
                (CsvTable.MaxRecordBytes >> 20).ToString(CultureInfo.InvariantCulture));
        }
        catch (IOException ex)
        {
            diagnostics.Error(SourceLocation.StartOf(path), Messages.FileUnreadable, ex.Message);
        }
    }

    /// <summary>
    /// The checks of one read of a file's records, header first: given to <see cref="CsvTable.Read"/>'s events and
    /// fed its records, by <see cref="Run"/> or by the read that publishes the file.
    /// </summary>
    public sealed class CsvFileCheck : IPostponedCheck
    {
        private readonly string _path;
        private readonly TableSchema _schema;
        private readonly DiagnosticBag _diagnostics;
        private readonly List<string> _expected;

        // Filled as the file is read, which in a shared read is on another thread than the checks.
        private readonly ConcurrentDictionary<int, bool> _quotingProblems = new();

        // Only the first decomposed cell and the number of lines with one: a file saved in NFD has
        // one in every row, and a million rows must not mean a million remembered places.
        private (int Line, int Column)? _firstDecomposed;
        private int _decomposedLines;
        private int _lastDecomposedLine;

        public CsvFileCheck(string path, TableSchema schema, DiagnosticBag diagnostics)
        {
            _path = path;
            _schema = schema;
            _diagnostics = diagnostics;
            _expected = schema.Fields.Select(f => f.Name).ToList();
            Events = new CsvReadEvents(
                problem =>
                {
                    _quotingProblems.TryAdd(problem.Line, true);
                    diagnostics.Error(new SourceLocation(path, problem.Line, 1), problem.Reason == "UnterminatedQuote" ? Messages.CsvUnclosedQuote : Messages.CsvQuoting);
                },
                (line, column) =>
                {
                    _firstDecomposed ??= (line, column);
                    _decomposedLines += line == _lastDecomposedLine ? 0 : 1;
                    _lastDecomposedLine = line;
                });
        }

        /// <summary>What the read reports as it goes: misplaced quotes and decomposed cells.</summary>
        public CsvReadEvents Events { get; }

        /// <summary>Checks every record of the read, header first, and reports what the read reported.</summary>
        public void Check(IEnumerable<CsvRecord> records)
        {
            var sawHeader = false;
            CheckTableCells.Run(_schema, WellFormedRows(), (row, i) => new SourceLocation(_path, row.Lines[i], row.Columns[i]), _diagnostics);

            // One warning per file, at the first decomposed cell.
            if (_firstDecomposed is { } first)
            {
                _diagnostics.Warning(new SourceLocation(_path, first.Line, first.Column), Messages.Decomposed, _decomposedLines.ToString(CultureInfo.InvariantCulture));
            }

            if (!sawHeader)
            {
                _diagnostics.Error(SourceLocation.StartOf(_path), Messages.FileEmpty);
            }

            IEnumerable<CsvRecord> WellFormedRows()
            {
                foreach (var record in records)
                {
                    if (!sawHeader)
                    {
                        sawHeader = true;
                        if (!record.Cells.SequenceEqual(_expected, StringComparer.Ordinal))
                        {
                            // Excel in a Vietnamese locale saves "CSV" with semicolons: one cell holding them all.
                            var semicolons = _expected.Count > 1 && record.Cells.Count == 1 && record.Cells[0].Contains(';', StringComparison.Ordinal);
                            _diagnostics.Error(new SourceLocation(_path, record.Line, semicolons ? 1 : HeaderColumn(record, _expected)),
                                semicolons ? Messages.CsvSemicolons : Messages.CsvHeader, string.Join(",", _expected), string.Join(",", record.Cells));
                            yield break;
                        }

                        continue;
                    }

                    if (record.Cells.Count != _expected.Count)
                    {
                        // A misplaced quote already explains a wrong count on its row; one message is enough.
                        if (_quotingProblems.ContainsKey(record.Line))
                        {
                            continue;
                        }

                        _diagnostics.Error(new SourceLocation(_path, record.Line, 1), Messages.CsvCellCount,
                            record.Cells.Count.ToString(CultureInfo.InvariantCulture), _expected.Count.ToString(CultureInfo.InvariantCulture));
                        continue;
                    }

                    if (ControlCharacterIn(record) is { } control)
                    {
                        _diagnostics.Error(new SourceLocation(_path, control.Line, control.Column), control.Unwritable ? Messages.UnwritableCharacter : Messages.ControlCharacter, control.Code);
                        continue;
                    }

                    yield return record;
                }
            }
        }

        public void RunAlone() => RunAloneFindsErrors();

        /// <summary><see cref="RunAlone"/>, and whether it found an error: if not, what stopped a shared read was no fault of the file.</summary>
        public bool RunAloneFindsErrors()
        {
            var found = new DiagnosticBag();
            CheckCsvFile.Run(_path, _schema, found);
            _diagnostics.AddAll(found);
            return found.HasErrors;
        }

        /// <summary>
        /// The same checks of a read that may not finish (the read that publishes the file), reporting into a bag
        /// of their own: <see cref="Keep"/> adds what they found when the read finished, or <see cref="RunAlone"/>
        /// reports afresh when it did not, without the half the first read found.
        /// </summary>
        public CsvFileCheck ForSharedRead() => new(_path, _schema, new DiagnosticBag());

        /// <summary>Whether the checks found an error so far.</summary>
        public bool FoundErrors => _diagnostics.HasErrors;

        /// <summary>What the checks found so far.</summary>
        public IReadOnlyList<Diagnostic> Findings => _diagnostics.Sorted();

        /// <summary>What a shared read's checks (<see cref="ForSharedRead"/>) found, reported as this check's.</summary>
        public void Keep(IEnumerable<Diagnostic> found)
        {
            foreach (var diagnostic in found)
            {
                _diagnostics.Add(diagnostic);
            }
        }
    }

    /// <summary>
    /// The first control character of a record, if any: not text (a NUL from a binary or UTF-16 file),
    /// and not something a page, a JSON file or a spreadsheet can carry.
    /// </summary>
    private static (int Line, int Column, string Code, bool Unwritable)? ControlCharacterIn(CsvRecord record)
    {
        for (var i = 0; i < record.Cells.Count; i++)
        {
            var at = record.Cells[i].AsSpan().IndexOfAny(ReadTextFile.ControlCharacters);
            if (at >= 0)
            {
                return (record.Lines[i], record.Columns[i], ((int)record.Cells[i][at]).ToString("X4", CultureInfo.InvariantCulture), false);
            }

            // The check every text of content goes through: what XML, JSON and XLSX cannot hold.
            var unwritable = CsvTable.MayBeUnwritable(record.Cells[i]) ? UnwritableCharacters.IndexIn(record.Cells[i]) : -1;
            if (unwritable >= 0)
            {
                return (record.Lines[i], record.Columns[i], UnwritableCharacters.CodeAt(record.Cells[i], unwritable), true);
            }
        }

        return null;
    }

    /// <summary>
    /// The column of the header's first name that differs from the schema's (a typo is shown where it is,
    /// not at 1:1); one past the last name when the header stops short.
    /// </summary>
    private static int HeaderColumn(CsvRecord header, IReadOnlyList<string> expected)
    {
        var first = Enumerable.Range(0, header.Cells.Count).FirstOrDefault(i => i >= expected.Count || !string.Equals(header.Cells[i], expected[i], StringComparison.Ordinal), -1);
        return first >= 0 ? header.Columns[first]
            : header.Cells.Count == 0 ? 1
            : header.Columns[^1] + header.Cells[^1].Length;
    }
}
