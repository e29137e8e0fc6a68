using HaiPhongUrban.Portal.Kernel.Tables;
using HaiPhongUrban.Portal.Model;

namespace HaiPhongUrban.Portal.Sections.Datasets.Model;

/// <summary>The file formats every resource is offered in.</summary>
public enum DownloadFormat
{
    /// <summary>RFC 4180: UTF-8 without BOM, CRLF, values exactly as in content. For scripts (R, Python, csvkit).</summary>
    Csv,

    /// <summary>The same CSV with a UTF-8 BOM and formula-like text neutralised: what Excel opens correctly by double-click.</summary>
    CsvForExcel,

    /// <summary>An array of objects typed by the schema.</summary>
    Json,

    /// <summary>An Office Open XML workbook, formula-like text neutralised.</summary>
    Xlsx,
}

public static class DownloadFormats
{
    public static readonly IReadOnlyList<DownloadFormat> All = Enum.GetValues<DownloadFormat>();

    /// <summary>The key of the format's wording in the theme's strings (<c>datasets.formats.&lt;key&gt;</c>, <c>datasets.format_help.&lt;key&gt;</c>).</summary>
    public static string ThemeKey(this DownloadFormat format) => format switch
    {
        DownloadFormat.Csv => "csv",
        DownloadFormat.CsvForExcel => "csv_excel",
        DownloadFormat.Json => "json",
        _ => "xlsx",
    };
}

/// <summary>How a format is named and explained to people, in the interface language (from the theme's strings).</summary>
public sealed record FormatWording(string Label, string Description);

/// <summary>One file published for a resource: where it is, what it is, and how to check it.</summary>
public sealed record Download(DownloadFormat Format, string Url, string MediaType, long Bytes, string Sha256);

/// <summary>A resource once its files are written: counts, checksums and the first rows for the preview.</summary>
public sealed record PublishedResource(
    DataResource Resource,
    long RowCount,
    IReadOnlyList<TableRow> Preview,
    IReadOnlyList<Download> Downloads,
    Download Schema)
{
    public Download Csv => Downloads.First(d => d.Format == DownloadFormat.Csv);

    /// <summary>
    /// The table's CSV file failed the checks made in the read that published it: the errors are reported, the
    /// downloads are not whole, and the build stops once the data is published.
    /// </summary>
    public bool FailedChecks { get; init; }
}

/// <summary>A dataset with all its files written; what dataset pages and machine-readable catalogues read.</summary>
public sealed record PublishedDataset(Dataset Dataset, IReadOnlyList<PublishedResource> Resources, Download DataPackage)
{
    /// <summary>Its generated files as written, in dataset.yml's order.</summary>
    public IReadOnlyList<PublishedFile> Files { get; init; } = [];

    /// <summary>The dataset's spatial extent: the box holding every extent its files know; null when none does.</summary>
    public GeoBox? Extent => GeoBox.Union(Files.Select(f => f.Extent));
}

/// <summary>
/// A generated file once written: where it is, its type, size and checksum, and the extent its source
/// gave. Not a <see cref="Download"/>, whose format is one of the portal's own table formats.
/// </summary>
public sealed record PublishedFile(DataFile File, string Url, long Bytes, string Sha256, GeoBox? Extent)
{
    public string MediaType => File.Source.MediaType;
}
