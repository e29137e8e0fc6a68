using HaiPhongUrban.Portal.Kernel.Downloads;
using HaiPhongUrban.Portal.Kernel.Urls;

namespace HaiPhongUrban.Portal.Sections.Datasets.Model;

/// <summary>
/// The addresses of the open data: the catalogue and every dataset under <see cref="Segment"/>, their
/// files beside each dataset's page, and the machine-readable catalogues at the root, where harvesters
/// (data.gov-style, CKAN, DCAT) look for them.
/// </summary>
public static class DatasetRoutes
{
    public const string Segment = "du-lieu";
    public const string Datasets = "/" + Segment + "/";

    /// <summary>The catalogue sorted newest first; <see cref="Datasets"/> itself is sorted by title.</summary>
    public const string DatasetsByDate = Datasets + "moi-nhat/";

    public const string ProjectOpenDataCatalog = "/data.json";
    public const string DcatCatalog = "/catalog.jsonld";
    public const string PortalDataPackage = "/datapackage.json";

    /// <summary>The checksum list of every download of the portal, whichever section publishes it.</summary>
    public const string Checksums = "/" + ChecksumList.FileName;

    public static string Dataset(string slug) => $"{Datasets}{slug}/";

    /// <summary>The catalogue filtered to one theme (pre-rendered, so filtering works without JavaScript).</summary>
    public static string DatasetsByTheme(string topicId) => $"{Datasets}chu-de/{topicId}/";

    /// <summary>The catalogue filtered to one keyword; the keyword's ASCII slug names the page.</summary>
    public static string DatasetsByKeyword(string keyword) => $"{Datasets}tu-khoa/{Slug.From(keyword)}/";

    /// <summary>
    /// A resource's file beside its dataset's page. The Excel CSV gets its own name so that both CSVs
    /// can be downloaded into one folder.
    /// </summary>
    public static string Download(string datasetSlug, string resourceName, DownloadFormat format) =>
        Dataset(datasetSlug) + resourceName + format switch
        {
            DownloadFormat.Csv => ".csv",
            DownloadFormat.CsvForExcel => ".excel.csv",
            DownloadFormat.Json => ".json",
            _ => ".xlsx",
        };

    /// <summary>A generated file beside its dataset's page, named by its resource and its format's extension.</summary>
    public static string File(string datasetSlug, string resourceName, string extension) => $"{Dataset(datasetSlug)}{resourceName}.{extension}";

    /// <summary>A resource's Table Schema (JSON), which catalogues point at as its data dictionary.</summary>
    public static string TableSchema(string datasetSlug, string resourceName) => $"{Dataset(datasetSlug)}{resourceName}.schema.json";

    /// <summary>The anchor of one resource's section on its dataset's page.</summary>
    public static string ResourceAnchor(string resourceName) => "bang-" + resourceName;

    /// <summary>The anchor of one generated file's section on its dataset's page ("tệp", a file, where a table is "bảng").</summary>
    public static string FileAnchor(string resourceName) => "tep-" + resourceName;

    public static string DatasetPackage(string datasetSlug) => $"{Dataset(datasetSlug)}datapackage.json";

    /// <summary>The checksum list of one dataset's files, by bare name, beside them.</summary>
    public static string DatasetChecksums(string datasetSlug) => Dataset(datasetSlug) + ChecksumList.FileName;
}
