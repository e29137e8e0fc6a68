using HaiPhongUrban.Portal.Sections.Datasets.Model;
namespace HaiPhongUrban.Portal.Sections.Datasets.Publishing;

/// <summary>
/// How catalogues name each download format for machines: the common name data.json expects and the
/// EU file-type authority code that DCAT-AP asks for. Names for people come from the theme's strings
/// (<see cref="CatalogueContext.Formats"/>).
/// </summary>
internal static class CatalogueFormats
{
    /// <summary>The format's common name, as data.json's <c>format</c> expects ("CSV", "JSON").</summary>
    public static string Name(DownloadFormat format) => format switch
    {
        DownloadFormat.Csv or DownloadFormat.CsvForExcel => "CSV",
        DownloadFormat.Json => "JSON",
        _ => "XLSX",
    };

    /// <summary>The format in the EU Publications Office file-type authority table.</summary>
    public static string EuFileType(DownloadFormat format) => EuFileTypes + Name(format);

    /// <summary>The EU Publications Office file-type authority table, which a format's code completes.</summary>
    public const string EuFileTypes = "http://publications.europa.eu/resource/authority/file-type/";

    /// <summary>
    /// The media type without parameters ("text/csv; charset=utf-8" → "text/csv"): data.json's pattern
    /// allows no parameters, and IANA's register names types without them.
    /// </summary>
    public static string MediaTypeEssence(string mediaType)
    {
        var semicolon = mediaType.IndexOf(';', StringComparison.Ordinal);
        return (semicolon < 0 ? mediaType : mediaType[..semicolon]).Trim().ToLowerInvariant();
    }
}
