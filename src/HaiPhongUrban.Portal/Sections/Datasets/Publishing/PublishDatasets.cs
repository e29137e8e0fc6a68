using CsvHelper;
using HaiPhongUrban.Portal.Kernel.Catalogues;
using HaiPhongUrban.Portal.Kernel.Diagnostics;
using System.Text;
using HaiPhongUrban.Portal.Sections.Datasets.Validation;
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
    /// <param name="postponed">The cell checks the validate stage left to the read that publishes their CSV file.</param>
    public static IReadOnlyList<PublishedDataset> Run(IReadOnlyList<Dataset> datasets, Site site, CatalogueContext context, IOutputSink sink, PostponedChecks? postponed = null)
    {
        // Datasets are independent and each file has its own path, so they are written in parallel (a
        // file's source is called from any thread, so it must only read the site); the result keeps the
        // content's order.
        var published = new PublishedDataset[datasets.Count];
        Parallel.For(0, datasets.Count, i => published[i] = Dataset(datasets[i], site, context, sink, postponed));
        return published;
    }

    /// <summary>
    /// Records every dataset file as a download, writes each dataset's checksum list in its folder (so
    /// <c>sha256sum -c</c> works in a folder holding just that dataset), then the portal-wide catalogues, downloads
    /// too. The root checksum list is written once every section has published its downloads.
    /// </summary>
    public static void WriteCatalogues(IReadOnlyList<PublishedDataset> published, CatalogueContext context, PublishContext publish)
    {
        // A table that failed the checks of its one read stops the build after this stage: nothing to list.
        if (published.Any(d => d.Resources.Any(r => r.FailedChecks)))
        {
            return;
        }

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

    private static PublishedDataset Dataset(Dataset dataset, Site site, CatalogueContext context, IOutputSink sink, PostponedChecks? postponed)
    {
        var resources = dataset.Resources.Select(r => Resource(dataset, r, sink, postponed)).ToList();
        var files = dataset.Files.Select(f => File(dataset, f, site, sink)).ToList();
        var packageUrl = DatasetRoutes.DatasetPackage(dataset.Slug);
        var unwritten = new PublishedDataset(dataset, resources, new Download(DownloadFormat.Json, packageUrl, JsonMediaType, 0, string.Empty)) { Files = files };
        var package = Write(sink, packageUrl, DownloadFormat.Json, JsonMediaType, s => s.Write(DataPackageJson.ForDataset(context, unwritten)));
        return unwritten with { DataPackage = package };
    }

    private static PublishedResource Resource(Dataset dataset, DataResource resource, IOutputSink sink, PostponedChecks? postponed)
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
        var writing = writers
            .Select((writer, i) => (Action<IEnumerable<TableRow>>)(rows =>
                downloads[i] = Write(sink, Url(writer.Format), writer.Format, MediaTypes[writer.Format], s => writer.Write(s, rows))))
            .ToList();
        var failedChecks = false;
        if (resource.Rows is CsvFileRows csv && postponed?.Take(csv.Path) is CheckCsvFile.CsvFileCheck check)
        {
            failedChecks = !WriteChecking(csv, check, tap, writing);
        }
        else
        {
            RowFanOut.Run(tap.Watch(resource.Rows.Read()), writing);
        }

        // A file whose checks failed in the read leaves its downloads half written: the build stops after this
        // stage, before any page shows them, and the staging folder is thrown away.
        for (var i = 0; i < downloads.Length; i++)
        {
            downloads[i] ??= new Download(writers[i].Format, Url(writers[i].Format), MediaTypes[writers[i].Format], 0, string.Empty);
        }

        var schemaFile = Write(sink, DatasetRoutes.TableSchema(dataset.Slug, resource.Name), DownloadFormat.Json, JsonMediaType, s => s.Write(TableSchemaJson.Serialise(schema)));
        return new PublishedResource(resource, tap.Count, tap.Preview, downloads, schemaFile) { FailedChecks = failedChecks };
    }

    /// <summary>
    /// A large CSV file's one read, for its cell checks (postponed from the validate stage) and its downloads at
    /// once: the checks take the records with their lines and columns, the writers the rows after the header.
    /// </summary>
    /// <remarks>
    /// A file that validates is read once. One that does not may stop a writer (a row of the wrong length, a cell
    /// not of its type) or the read (not UTF-8, a record too long): then the file's checks run again on their own,
    /// exactly as the validate stage runs them, so its messages are the same whichever read found the problem.
    /// </remarks>
    /// <returns>False when the file failed its checks: its errors are reported, its downloads not whole.</returns>
    private static bool WriteChecking(CsvFileRows csv, CheckCsvFile.CsvFileCheck check, RowTap tap, IReadOnlyList<Action<IEnumerable<TableRow>>> writing)
    {
        var shared = check.ForSharedRead();
        var consumers = new List<Action<IEnumerable<(CsvRecord Record, TableRow Row)>>> { read => shared.Check(read.Select(r => r.Record)) };
        consumers.AddRange(writing.Select(write => (Action<IEnumerable<(CsvRecord Record, TableRow Row)>>)(read => write(read.Skip(1).Select(r => r.Row)))));
        try
        {
            RowFanOut.Run(Watch(CsvTable.Read(csv.Path, shared.Events)), consumers);
            check.Keep(shared);
            return !shared.FoundErrors;
        }
        catch (Exception thrown) when (thrown is InvalidDataException or DecoderFallbackException or CsvFormatException or IOException)
        {
            // Not the file's fault (a full disk, a writer's bug) when its checks alone find nothing: that stays what it was.
            if (check.RunAloneFindsErrors())
            {
                return false;
            }

            throw;
        }

        // The header is the checks' alone; the rows after it are counted and previewed as they are read.
        IEnumerable<(CsvRecord, TableRow)> Watch(IEnumerable<CsvRecord> records)
        {
            var header = true;
            foreach (var record in records)
            {
                var row = new TableRow(record.Line, record.Cells);
                if (!header)
                {
                    tap.See(row);
                }

                header = false;
                yield return (record, row);
            }
        }
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
                See(row);
                yield return row;
            }
        }

        public void See(TableRow row)
        {
            Count++;
            if (_preview.Count < keep)
            {
                _preview.Add(row);
            }
        }
    }
}
