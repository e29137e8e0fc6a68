using HaiPhongUrban.Portal.Kernel.Tables;

namespace HaiPhongUrban.Portal.Tests.Publishing.Downloads;

/// <summary>
/// Proves a writer streams: it generates many rows lazily and, just before the last one, records how many bytes
/// have already reached the output. A writer that held everything until the end would have written nothing yet.
/// </summary>
public static class StreamingProbe
{
    public const int RowCount = 50_000;

    public static long BytesWrittenBeforeLastRow(Action<Stream, TableSchema, IEnumerable<TableRow>> write)
    {
        var output = new MemoryStream();
        long written = -1;
        write(output, DownloadFixture.Schema, Rows(() => written = output.Length));
        Assert.True(written >= 0, "The writer never asked for the last row.");
        return written;
    }

    private static IEnumerable<TableRow> Rows(Action beforeLastRow)
    {
        for (var i = 0; i < RowCount; i++)
        {
            if (i == RowCount - 1)
            {
                beforeLastRow();
            }

            yield return new TableRow(i + 2, [$"Hộ số {i}", $"{i}", "1.50", "2024-01-15", "true"]);
        }
    }
}
