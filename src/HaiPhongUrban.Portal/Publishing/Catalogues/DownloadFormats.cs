namespace HaiPhongUrban.Portal.Publishing.Catalogues;

/// <summary>
/// How catalogues name each download format: for people (title, description, in the portal's
/// language) and for machines (the EU file-type authority code that DCAT-AP asks for).
/// </summary>
internal static class DownloadFormats
{
    /// <summary>The format's common name, as data.json's <c>format</c> expects ("CSV", "JSON").</summary>
    public static string Name(DownloadFormat format) => format switch
    {
        DownloadFormat.Csv or DownloadFormat.CsvForExcel => "CSV",
        DownloadFormat.Json => "JSON",
        _ => "XLSX",
    };

    /// <summary>What tells the two CSVs apart in a distribution's title.</summary>
    public static string Label(DownloadFormat format) => format switch
    {
        DownloadFormat.Csv => "CSV",
        DownloadFormat.CsvForExcel => "CSV cho Excel",
        DownloadFormat.Json => "JSON",
        _ => "XLSX",
    };

    /// <summary>One sentence on who each file is for (see <see cref="DownloadFormat"/>).</summary>
    public static string Description(DownloadFormat format) => format switch
    {
        DownloadFormat.Csv => "CSV theo RFC 4180, mã UTF-8 không BOM, giá trị đúng như nội dung gốc: dùng cho R, Python và các công cụ dữ liệu.",
        DownloadFormat.CsvForExcel => "CSV mã UTF-8 có BOM, đã vô hiệu hoá nội dung giống công thức: mở trực tiếp bằng Excel.",
        DownloadFormat.Json => "Mảng các đối tượng JSON, mỗi giá trị đúng kiểu theo lược đồ bảng.",
        _ => "Bảng tính Office Open XML (XLSX), đã vô hiệu hoá nội dung giống công thức.",
    };

    /// <summary>The format in the EU Publications Office file-type authority table.</summary>
    public static string EuFileType(DownloadFormat format) =>
        "http://publications.europa.eu/resource/authority/file-type/" + Name(format);

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
