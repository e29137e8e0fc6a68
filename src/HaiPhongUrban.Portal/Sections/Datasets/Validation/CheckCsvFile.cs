using HaiPhongUrban.Portal.Kernel.Files;
using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Kernel.Tables;
using System.Globalization;
using CsvHelper;
using System.Text;

namespace HaiPhongUrban.Portal.Sections.Datasets.Validation;

/// <summary>
/// Reads one CSV file, streaming, and reports all that is wrong with it at once: the encoding, the
/// header, quoting, the number of cells of each row, then every cell (<see cref="CheckTableCells"/>).
/// </summary>
public static class CheckCsvFile
{
    public static void Run(string path, TableSchema schema, DiagnosticBag diagnostics)
    {
        if (CsvTable.StartsLikeUtf16(path))
        {
            diagnostics.Error(SourceLocation.StartOf(path), Messages.Utf16);
            return;
        }

        var expected = schema.Fields.Select(f => f.Name).ToList();
        var sawHeader = false;
        try
        {
            var quotingProblems = new HashSet<int>();
            // Only the first decomposed cell and the number of lines with one: a file saved in NFD has
            // one in every row, and a million rows must not mean a million remembered places.
            (int Line, int Column)? firstDecomposed = null;
            var decomposedLines = 0;
            var lastDecomposedLine = 0;
            var records = CsvTable.Read(path, new CsvReadEvents(
                problem =>
                {
                    quotingProblems.Add(problem.Line);
                    diagnostics.Error(new SourceLocation(path, problem.Line, 1), problem.Reason == "UnterminatedQuote" ? Messages.CsvUnclosedQuote : Messages.CsvQuoting);
                },
                (line, column) =>
                {
                    firstDecomposed ??= (line, column);
                    decomposedLines += line == lastDecomposedLine ? 0 : 1;
                    lastDecomposedLine = line;
                }));
            CheckTableCells.Run(schema, WellFormedRows(), (row, i) => new SourceLocation(path, row.Lines[i], row.Columns[i]), diagnostics);

            // One warning per file, at the first decomposed cell.
            if (firstDecomposed is { } first)
            {
                diagnostics.Warning(new SourceLocation(path, first.Line, first.Column), Messages.Decomposed, decomposedLines.ToString(CultureInfo.InvariantCulture));
            }

            IEnumerable<CsvRecord> WellFormedRows()
            {
                foreach (var record in records)
                {
                    if (!sawHeader)
                    {
                        sawHeader = true;
                        if (!record.Cells.SequenceEqual(expected, StringComparer.Ordinal))
                        {
                            // Excel in a Vietnamese locale saves "CSV" with semicolons: one cell holding them all.
                            var semicolons = expected.Count > 1 && record.Cells.Count == 1 && record.Cells[0].Contains(';', StringComparison.Ordinal);
                            diagnostics.Error(new SourceLocation(path, record.Line, semicolons ? 1 : HeaderColumn(record, expected)),
                                semicolons ? Messages.CsvSemicolons : Messages.CsvHeader, string.Join(",", expected), string.Join(",", record.Cells));
                            yield break;
                        }

                        continue;
                    }

                    if (record.Cells.Count != expected.Count)
                    {
                        // A misplaced quote already explains a wrong count on its row; one message is enough.
                        if (quotingProblems.Contains(record.Line))
                        {
                            continue;
                        }

                        diagnostics.Error(new SourceLocation(path, record.Line, 1), Messages.CsvCellCount,
                            record.Cells.Count.ToString(CultureInfo.InvariantCulture), expected.Count.ToString(CultureInfo.InvariantCulture));
                        continue;
                    }

                    if (ControlCharacterIn(record) is { } control)
                    {
                        diagnostics.Error(new SourceLocation(path, control.Line, control.Column), control.Unwritable ? Messages.UnwritableCharacter : Messages.ControlCharacter, control.Code);
                        continue;
                    }

                    yield return record;
                }
            }
        }
        catch (DecoderFallbackException)
        {
            // The decoder reads ahead of the records, so the bad byte's place is found by reading the
            // file once more, only now that it is known to be broken.
            ReadTextFile.Decode(path, File.ReadAllBytes(path), diagnostics);
            return;
        }
        catch (CsvFormatException ex) when (ex.LineNumber > 0 || ex.RecordNumber > 0)
        {
            // The only exception the reader throws as configured: a record over CsvTable.MaxRecordBytes.
            diagnostics.Error(new SourceLocation(path, (int)Math.Clamp(ex.LineNumber, 1, int.MaxValue), 1), Messages.CsvRecordTooLarge,
                (CsvTable.MaxRecordBytes >> 20).ToString(CultureInfo.InvariantCulture));
            return;
        }
        catch (IOException ex)
        {
            diagnostics.Error(SourceLocation.StartOf(path), Messages.FileUnreadable, ex.Message);
            return;
        }

        if (!sawHeader)
        {
            diagnostics.Error(SourceLocation.StartOf(path), Messages.FileEmpty);
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
