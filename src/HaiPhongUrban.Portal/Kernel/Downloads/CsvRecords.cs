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
    public static void Write(Stream output, IEnumerable<string> header, IEnumerable<IEnumerable<string>> records, bool byteOrderMark)
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
        WriteRecord(csv, header);
        foreach (var record in records)
        {
            WriteRecord(csv, record);
        }

        csv.Flush();
    }

    private static void WriteRecord(CsvWriter csv, IEnumerable<string> fields)
    {
        foreach (var field in fields)
        {
            csv.WriteField(field);
        }

        csv.EndRecord();
    }
}
