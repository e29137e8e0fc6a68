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
        var lastLine = 0;
        var sawHeader = false;
        try
        {
            var records = CsvTable.Read(path, problem => diagnostics.Error(new SourceLocation(path, problem.Line, 1), Messages.CsvQuoting, problem.Reason));
            CheckTableCells.Run(schema, WellFormedRows(), (row, i) => new SourceLocation(path, row.Line, row.Columns[i]), diagnostics);

            IEnumerable<CsvRecord> WellFormedRows()
            {
                foreach (var record in records)
                {
                    lastLine = record.Line;
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
            // The strict decoder stopped at the first bad byte, on the line after the last complete record.
            diagnostics.Error(new SourceLocation(path, lastLine + 1, 1), Messages.NotUtf8);
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
