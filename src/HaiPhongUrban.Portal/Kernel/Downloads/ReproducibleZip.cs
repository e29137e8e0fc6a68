using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace HaiPhongUrban.Portal.Kernel.Downloads;

/// <summary>
/// Makes an Office Open XML package (an .xlsx) byte-identical however often, wherever and whenever it is made.
/// SpreadCheetah stamps the clock into every zip entry's time and into <c>docProps/core.xml</c>; this copies every
/// entry in the same order at Optimal compression (<see cref="Level"/>) and the dataset's modified date as its time, and puts
/// that date in core.xml too. A caller may also edit the text of named entries on the way (the workbook marks
/// its text styles), since this is the one pass over the finished package.
/// </summary>
public static class ReproducibleZip
{
    public const string CorePropertiesPath = "docProps/core.xml";

    /// <summary>
    /// Every entry, however large, at Optimal. Fastest would compress a million-row sheet (some 400 MB of XML) in
    /// 0.95 s of CPU instead of 3.2 s, but its workbook would grow from 26.8 MB to 44.0 MB: the build pays the
    /// difference once per deploy, every reader who downloads the file would pay the other one.
    /// </summary>
    public const CompressionLevel Level = CompressionLevel.Optimal;

    // SpreadCheetah writes core.xml on one line with W3CDTF dates; the element names are fixed by OOXML.
    private static readonly Regex CoreDates = new(
        @"(<dcterms:(created|modified)\b[^>]*>)[^<]*(</dcterms:\2>)",
        RegexOptions.CultureInvariant);

    /// <summary>
    /// Copies the archive in <paramref name="zipIn"/> to <paramref name="zipOut"/>, stamped with <paramref name="modified"/>,
    /// each entry named in <paramref name="edits"/> (UTF-8 text) replaced by what its edit makes of it.
    /// </summary>
    /// <remarks>
    /// Give a seekable <paramref name="zipOut"/> (a file or memory): on a stream that cannot seek, ZipArchive
    /// writes sizes after each entry instead of in its header, which is valid but gives different bytes.
    /// The bytes are the same on every machine of one operating system family: ZipArchive records the system
    /// that made each entry (Unix or Windows) and offers no way to set it.
    /// </remarks>
    public static void Rewrite(Stream zipIn, Stream zipOut, DateOnly modified, IReadOnlyDictionary<string, Func<string, string>>? edits = null)
    {
        // A zip entry's time is a DOS date and time with no zone. ZipArchive writes the clock time of this
        // DateTimeOffset as it is, so an offset of zero gives midnight of `modified` under any TZ setting.
        var entryTime = new DateTimeOffset(modified.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var coreDate = modified.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";

        using var source = new ZipArchive(zipIn, ZipArchiveMode.Read, leaveOpen: true);
        using var target = new ZipArchive(zipOut, ZipArchiveMode.Create, leaveOpen: true);

        // Same order as the source: the order is part of the bytes, and packages in SpreadCheetah's order are
        // known to open in Excel and LibreOffice.
        foreach (var entry in source.Entries)
        {
            var copy = target.CreateEntry(entry.FullName, Level);
            copy.LastWriteTime = entryTime;
            using var from = entry.Open();
            using var to = copy.Open();
            if (entry.FullName == CorePropertiesPath)
            {
                WriteEdited(from, to, text => CoreDates.Replace(text, match => match.Groups[1].Value + coreDate + match.Groups[3].Value));
            }
            else if (edits is not null && edits.TryGetValue(entry.FullName, out var edit))
            {
                WriteEdited(from, to, edit);
            }
            else
            {
                from.CopyTo(to);
            }
        }
    }

    private static void WriteEdited(Stream entry, Stream output, Func<string, string> edit)
    {
        using var reader = new StreamReader(entry, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        output.Write(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(edit(reader.ReadToEnd())));
    }
}
