using System.Globalization;
using System.Text;
using HaiPhongUrban.Portal.Diagnostics;
using HaiPhongUrban.Portal.Loading;
using HaiPhongUrban.Portal.Model.Datasets;

namespace HaiPhongUrban.Portal.Validation.Datasets;

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
            var records = CsvTable.Read(path, problem =>
            {
                quotingProblems.Add(problem.Line);
                diagnostics.Error(new SourceLocation(path, problem.Line, 1), problem.Reason == "UnterminatedQuote" ? Messages.CsvUnclosedQuote : Messages.CsvQuoting);
            });
            CheckTableCells.Run(schema, WellFormedRows(), (row, i) => new SourceLocation(path, row.Lines[i], row.Columns[i]), diagnostics);

            IEnumerable<CsvRecord> WellFormedRows()
            {
                foreach (var record in records)
                {
                    if (!sawHeader)
                    {
                        sawHeader = true;
                        if (!record.Cells.SequenceEqual(expected, StringComparer.Ordinal))
                        {
                            diagnostics.Error(new SourceLocation(path, record.Line, 1), Messages.CsvHeader, string.Join(",", expected), string.Join(",", record.Cells));
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
}
