using HaiPhongUrban.Portal.Kernel.Catalogues;
using HaiPhongUrban.Portal.Kernel.Downloads;
using HaiPhongUrban.Portal.Kernel.Urls;
using HaiPhongUrban.Portal.Kernel.Output;
using HaiPhongUrban.Portal.Kernel.Tables;
using HaiPhongUrban.Portal.Model;
using HaiPhongUrban.Portal.Sections.Datasets.Model;

namespace HaiPhongUrban.Portal.Sections.Datasets.Publishing;

/// <summary>
/// The publishing stage for data, between the model and the pages: writes every download of every
/// resource (streamed, hashed as written), each resource's Table Schema, each generated file as its
/// source makes it, each dataset's datapackage.json, then the portal's catalogues. Pages are planned afterwards from what it returns,
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

    /// <param name="site">
    /// The whole typed site, which a generated file's source makes its bytes and extent from: every section's
    /// part exists by now, whatever the order of the sections.
    /// </param>
    public static IReadOnlyList<PublishedDataset> Run(IReadOnlyList<Dataset> datasets, Site site, CatalogueContext context, IOutputSink sink)
    {
        // Datasets are independent and each file has its own path, so they are written in parallel (a
        // file's source is called from any thread, so it must only read the site); the result keeps the
        // content's order.
        var published = new PublishedDataset[datasets.Count];
        Parallel.For(0, datasets.Count, i => published[i] = Dataset(datasets[i], site, context, sink));
        return published;
    }

    /// <summary>
    /// Records every dataset file as a download, writes each dataset's checksum list in its folder (so
    /// <c>sha256sum -c</c> works in a folder holding just that dataset), then the portal-wide catalogues, downloads
    /// too. The root checksum list is written once every section has published its downloads.
    /// </summary>
    public static void WriteCatalogues(IReadOnlyList<PublishedDataset> published, CatalogueContext context, PublishContext publish)
    {
        foreach (var dataset in published)
        {
            var files = Files(dataset).ToList();
            foreach (var (url, sha256) in files)
            {
                publish.WrittenDownload(url, sha256);
            }

            var folder = DatasetRoutes.Dataset(dataset.Dataset.Slug);
            publish.Write(DatasetRoutes.DatasetChecksums(dataset.Dataset.Slug), ChecksumList.Serialise(files, folder));
        }

        publish.WriteDownload(DatasetRoutes.ProjectOpenDataCatalog, ProjectOpenDataJson.Serialise(context, published));
        publish.WriteDownload(DatasetRoutes.DcatCatalog, DcatApJsonLd.Serialise(context, published));
        publish.WriteDownload(DatasetRoutes.PortalDataPackage, DataPackageJson.ForPortal(context, published));
    }

    /// <summary>Every file published for one dataset, all in its folder: the tables' downloads and schemas, the generated files, the package.</summary>
    public static IEnumerable<(string Url, string Sha256)> Files(PublishedDataset published) =>
        published.Resources
            .SelectMany(r => r.Downloads.Append(r.Schema))
            .Select(x => (x.Url, x.Sha256))
            .Concat(published.Files.Select(f => (f.Url, f.Sha256)))
            .Append((published.DataPackage.Url, published.DataPackage.Sha256));

    private static PublishedDataset Dataset(Dataset dataset, Site site, CatalogueContext context, IOutputSink sink)
    {
        var resources = dataset.Resources.Select(r => Resource(dataset, r, sink)).ToList();
        var files = dataset.Files.Select(f => File(dataset, f, site, sink)).ToList();
        var packageUrl = DatasetRoutes.DatasetPackage(dataset.Slug);
        var unwritten = new PublishedDataset(dataset, resources, new Download(DownloadFormat.Json, packageUrl, JsonMediaType, 0, string.Empty)) { Files = files };
        var package = Write(sink, packageUrl, DownloadFormat.Json, JsonMediaType, s => s.Write(DataPackageJson.ForDataset(context, unwritten)));
        return unwritten with { DataPackage = package };
    }

    private static PublishedResource Resource(Dataset dataset, DataResource resource, IOutputSink sink)
    {
        var schema = resource.Schema;
        string Url(DownloadFormat format) => DatasetRoutes.Download(dataset.Slug, resource.Name, format);

        // The rows are read once and every download written from that one read, side by side (RowFanOut);
        // the preview and the row count are taken from the same read.
        var tap = new RowTap(PreviewRows);
        var writers = new (DownloadFormat Format, Action<Stream, IEnumerable<TableRow>> Write)[]
        {
            (DownloadFormat.Csv, (s, rows) => CsvForScripts.Write(s, schema, rows)),
            (DownloadFormat.CsvForExcel, (s, rows) => CsvForExcel.Write(s, schema, rows)),
            (DownloadFormat.Json, (s, rows) => JsonRows.Write(s, schema, rows)),
            (DownloadFormat.Xlsx, (s, rows) => XlsxWorkbook.Write(s, schema, rows, resource.Title, dataset.Modified)),
        };
        var downloads = new Download[writers.Length];
        RowFanOut.Run(tap.Watch(resource.Rows.Read()), writers
            .Select((writer, i) => (Action<IEnumerable<TableRow>>)(rows =>
                downloads[i] = Write(sink, Url(writer.Format), writer.Format, MediaTypes[writer.Format], s => writer.Write(s, rows))))
            .ToList());
        var schemaFile = Write(sink, DatasetRoutes.TableSchema(dataset.Slug, resource.Name), DownloadFormat.Json, JsonMediaType, s => s.Write(TableSchemaJson.Serialise(schema)));
        return new PublishedResource(resource, tap.Count, tap.Preview, downloads, schemaFile);
    }

    /// <summary>A generated file, written once as its source makes it, through the same hashing as every download.</summary>
    private static PublishedFile File(Dataset dataset, DataFile file, Site site, IOutputSink sink)
    {
        var source = file.Source;
        var url = DatasetRoutes.File(dataset.Slug, file.Name, source.Extension);
        var (bytes, sha256) = Write(sink, url, s => s.Write(source.Bytes(site)));
        return new PublishedFile(file, url, bytes, sha256, source.Extent(site));
    }

    private static Download Write(IOutputSink sink, string url, DownloadFormat format, string mediaType, Action<Stream> write)
    {
        var (bytes, sha256) = Write(sink, url, write);
        return new Download(format, url, mediaType, bytes, sha256);
    }

    /// <summary>Writes one file at <paramref name="url"/>, hashing it as it streams: its size and SHA-256.</summary>
    private static (long Bytes, string Sha256) Write(IOutputSink sink, string url, Action<Stream> write)
    {
        using var file = sink.Create(UrlPath.OutputFile(url));
        using var hashing = new HashingStream(file);
        write(hashing);
        hashing.Flush();
        return (hashing.BytesWritten, hashing.Sha256());
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
