using HaiPhongUrban.Portal.Kernel.Catalogues;
using HaiPhongUrban.Portal.Kernel.Downloads;
using HaiPhongUrban.Portal.Kernel.Urls;
using HaiPhongUrban.Portal.Kernel.Output;
using HaiPhongUrban.Portal.Kernel.Tables;
using HaiPhongUrban.Portal.Sections.Datasets.Model;

namespace HaiPhongUrban.Portal.Sections.Datasets.Publishing;

/// <summary>
/// The publishing stage for data, between the model and the pages: writes every download of every
/// resource (streamed, hashed as written), each resource's Table Schema, each dataset's
/// datapackage.json, then the portal's catalogues. Pages are planned afterwards from what it returns,
/// so sizes, row counts and checksums on a page are those of the published bytes.
/// </summary>
public static class PublishDatasets
{
    /// <summary>How many rows a dataset page shows in its preview table.</summary>
    public const int PreviewRows = 10;

    public static readonly IReadOnlyDictionary<DownloadFormat, string> MediaTypes = new Dictionary<DownloadFormat, string>
    {
        [DownloadFormat.Csv] = "text/csv",
        [DownloadFormat.CsvForExcel] = "text/csv",
        [DownloadFormat.Json] = JsonMediaType,
        [DownloadFormat.Xlsx] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    };

    private const string JsonMediaType = "application/json";

    public static IReadOnlyList<PublishedDataset> Run(IReadOnlyList<Dataset> datasets, CatalogueContext context, IOutputSink sink)
    {
        // Datasets are independent and each file has its own path, so they are written in parallel;
        // the result keeps the content's order.
        var published = new PublishedDataset[datasets.Count];
        Parallel.For(0, datasets.Count, i => published[i] = Dataset(datasets[i], context, sink));
        return published;
    }

    /// <summary>The portal-wide files: the three catalogues and the checksum list of every download.</summary>
    public static IReadOnlyList<string> WriteCatalogues(IReadOnlyList<PublishedDataset> published, CatalogueContext context, IOutputSink sink)
    {
        var catalogues = new (string Url, byte[] Bytes)[]
        {
            (DatasetRoutes.ProjectOpenDataCatalog, ProjectOpenDataJson.Serialise(context, published)),
            (DatasetRoutes.DcatCatalog, DcatApJsonLd.Serialise(context, published)),
            (DatasetRoutes.PortalDataPackage, DataPackageJson.ForPortal(context, published)),
            (DatasetRoutes.Checksums, ChecksumList.Serialise(AllDownloads(published))),
        };
        foreach (var (url, bytes) in catalogues)
        {
            sink.Write(UrlPath.OutputFile(url), bytes);
        }

        return catalogues.Select(c => c.Url).Concat(AllDownloads(published).Select(d => d.Url)).ToList();
    }

    /// <summary>Every file published for datasets, which SHA256SUMS lists.</summary>
    public static IEnumerable<Download> AllDownloads(IEnumerable<PublishedDataset> published) =>
        published.SelectMany(d => d.Resources.SelectMany(r => r.Downloads.Append(r.Schema)).Append(d.DataPackage));

    private static PublishedDataset Dataset(Dataset dataset, CatalogueContext context, IOutputSink sink)
    {
        var resources = dataset.Resources.Select(r => Resource(dataset, r, sink)).ToList();
        var packageUrl = DatasetRoutes.DatasetPackage(dataset.Slug);
        var unwritten = new PublishedDataset(dataset, resources, new Download(DownloadFormat.Json, packageUrl, JsonMediaType, 0, string.Empty));
        var package = Write(sink, packageUrl, DownloadFormat.Json, JsonMediaType, s => s.Write(DataPackageJson.ForDataset(context, unwritten)));
        return unwritten with { DataPackage = package };
    }

    private static PublishedResource Resource(Dataset dataset, DataResource resource, IOutputSink sink)
    {
        var schema = resource.Schema;
        string Url(DownloadFormat format) => DatasetRoutes.Download(dataset.Slug, resource.Name, format);

        var tap = new RowTap(PreviewRows);
        var downloads = new List<Download>
        {
            Write(sink, Url(DownloadFormat.Csv), DownloadFormat.Csv, MediaTypes[DownloadFormat.Csv], s => CsvForScripts.Write(s, schema, tap.Watch(resource.Rows.Read()))),
            Write(sink, Url(DownloadFormat.CsvForExcel), DownloadFormat.CsvForExcel, MediaTypes[DownloadFormat.CsvForExcel], s => CsvForExcel.Write(s, schema, resource.Rows.Read())),
            Write(sink, Url(DownloadFormat.Json), DownloadFormat.Json, MediaTypes[DownloadFormat.Json], s => JsonRows.Write(s, schema, resource.Rows.Read())),
            Write(sink, Url(DownloadFormat.Xlsx), DownloadFormat.Xlsx, MediaTypes[DownloadFormat.Xlsx], s => XlsxWorkbook.Write(s, schema, resource.Rows.Read(), resource.Title, dataset.Modified)),
        };
        var schemaFile = Write(sink, DatasetRoutes.TableSchema(dataset.Slug, resource.Name), DownloadFormat.Json, JsonMediaType, s => s.Write(TableSchemaJson.Serialise(schema)));
        return new PublishedResource(resource, tap.Count, tap.Preview, downloads, schemaFile);
    }

    private static Download Write(IOutputSink sink, string url, DownloadFormat format, string mediaType, Action<Stream> write)
    {
        using var file = sink.Create(UrlPath.OutputFile(url));
        using var hashing = new HashingStream(file);
        write(hashing);
        hashing.Flush();
        return new Download(format, url, mediaType, hashing.BytesWritten, hashing.Sha256());
    }

    /// <summary>Counts the rows as the first download streams them and keeps the first few for the preview.</summary>
    private sealed class RowTap(int keep)
    {
        private readonly List<TableRow> _preview = [];

        public long Count { get; private set; }

        public IReadOnlyList<TableRow> Preview => _preview;

        public IEnumerable<TableRow> Watch(IEnumerable<TableRow> rows)
        {
            foreach (var row in rows)
            {
                Count++;
                if (_preview.Count < keep)
                {
                    _preview.Add(row);
                }

                yield return row;
            }
        }
    }
}
