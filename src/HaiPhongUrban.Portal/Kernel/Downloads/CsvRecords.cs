using CsvHelper;

namespace HaiPhongUrban.Portal.Kernel.Downloads;

/// <summary>
/// The RFC 4180 writing both CSV downloads share: UTF-8, comma separated, CRLF after every record including the
/// last, quotes doubled inside quoted fields. A field is quoted when it contains a comma, a quote, CR or LF, and
/// also when it starts or ends with a space or a tab, so readers that trim unquoted fields (a common option in
/// spreadsheet imports) keep the value exactly. A record whose only field is empty is written <c>""</c> so it is
/// not read as a blank line and dropped.
/// </summary>
internal static class CsvRecords
{
    /// <param name="field">What is written for a cell (its column, its text): the text itself, or a safer form of it.</param>
    public static void Write(Stream output, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> records, bool byteOrderMark, Func<int, string, string>? field = null)
    {
        var options = new CsvWriterOptions
        {
            Quoting = CsvQuoting.WhenNeededOrWhitespace,
            NewLine = "\r\n",
            WriteByteOrderMark = byteOrderMark,
            // The Excel download neutralises text columns itself; CsvHelper's own rule would also touch numbers.
            Injection = CsvInjection.None,
        };

        // CsvWriter keeps one buffer and writes it out as it fills, so a million rows cost no more memory than ten.
        using var csv = CsvWriter.Create(output, options, leaveOpen: true);
        WriteRecord(csv, header, null);
        foreach (var record in records)
        {
            WriteRecord(csv, record, field);
        }

        csv.Flush();
    }

    // By index, not through an enumerator: this runs for every row of a million-row table.
    private static void WriteRecord(CsvWriter csv, IReadOnlyList<string> fields, Func<int, string, string>? field)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            csv.WriteField(field is null ? fields[i] : field(i, fields[i]));
        }

        csv.EndRecord();
    }
}
