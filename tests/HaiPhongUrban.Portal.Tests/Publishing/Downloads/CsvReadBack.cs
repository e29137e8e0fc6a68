using CsvHelper;

namespace HaiPhongUrban.Portal.Tests.Publishing.Downloads;

/// <summary>Reads a CSV download back with CsvHelper, a standard reader, configured as strictly as RFC 4180 is.</summary>
public static class CsvReadBack
{
    public sealed record Table(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows);

    public static Table Read(byte[] csv)
    {
        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = true,
            DetectSeparatorHint = false,
            SkipEmptyLines = false,
            TrimWhitespace = false,
            MalformedData = CsvMalformedDataHandling.Throw,
        };
        using var reader = CsvReader.Create(csv, options);
        var header = reader.Headers.ToList();
        var rows = new List<IReadOnlyList<string>>();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToList());
        }

        return new Table(header, rows);
    }

    /// <summary>Whether every line break in the file is CRLF and the file ends with one.</summary>
    public static bool HasOnlyCrlfLineEnds(byte[] csv)
    {
        for (var i = 0; i < csv.Length; i++)
        {
            var bareCr = csv[i] == '\r' && (i + 1 == csv.Length || csv[i + 1] != '\n');
            var bareLf = csv[i] == '\n' && (i == 0 || csv[i - 1] != '\r');
            if (bareCr || bareLf)
            {
                return false;
            }
        }

        return csv.AsSpan().EndsWith("\r\n"u8);
    }

    public static bool StartsWithByteOrderMark(byte[] bytes) => bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF });
}
