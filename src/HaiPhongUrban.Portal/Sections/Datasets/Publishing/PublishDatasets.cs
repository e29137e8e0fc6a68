using CsvHelper;
using HaiPhongUrban.Portal.Kernel.Caching;
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
    /// <param name="cache">A <c>serve</c> session's, which keeps each CSV file's downloads while the file is not saved.</param>
    public static IReadOnlyList<PublishedDataset> Run(IReadOnlyList<Dataset> datasets, Site site, CatalogueContext context, IOutputSink sink, PostponedChecks? postponed = null, WorkCache? cache = null)
    {
        // Datasets are independent and each file has its own path, so they are written in parallel (a
        // file's source is called from any thread, so it must only read the site); the result keeps the
        // content's order.
        var published = new PublishedDataset[datasets.Count];
        Parallel.For(0, datasets.Count, i => published[i] = Dataset(datasets[i], site, context, sink, postponed, cache ?? WorkCache.None));
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

    private static PublishedDataset Dataset(Dataset dataset, Site site, CatalogueContext context, IOutputSink sink, PostponedChecks? postponed, WorkCache cache)
    {
        var resources = dataset.Resources.Select(r => Resource(dataset, r, sink, postponed, cache)).ToList();
        var files = dataset.Files.Select(f => File(dataset, f, site, sink)).ToList();
        var packageUrl = DatasetRoutes.DatasetPackage(dataset.Slug);
        var unwritten = new PublishedDataset(dataset, resources, new Download(DownloadFormat.Json, packageUrl, JsonMediaType, 0, string.Empty)) { Files = files };
        var package = Write(sink, packageUrl, DownloadFormat.Json, JsonMediaType, s => s.Write(DataPackageJson.ForDataset(context, unwritten)));
        return unwritten with { DataPackage = package };
    }

    private static PublishedResource Resource(Dataset dataset, DataResource resource, IOutputSink sink, PostponedChecks? postponed, WorkCache cache)
    {
        var check = resource.Rows is CsvFileRows file ? postponed?.Take(file.Path) as CheckCsvFile.CsvFileCheck : null;
        var table = cache.Remembers && resource.Rows is CsvFileRows csv
            ? Remembered(dataset, resource, csv, sink, check, cache)
            : Downloads(dataset, resource, sink, check);
        var schemaFile = Write(sink, DatasetRoutes.TableSchema(dataset.Slug, resource.Name), DownloadFormat.Json, JsonMediaType, s => s.Write(TableSchemaJson.Serialise(resource.Schema)));
        return new PublishedResource(resource, table.RowCount, table.Preview, table.Downloads, schemaFile) { FailedChecks = table.FailedChecks };
    }

    /// <summary>A table's four downloads as written, what its read saw, and what the checks made in that read found.</summary>
    private sealed record TableDownloads(long RowCount, IReadOnlyList<TableRow> Preview, IReadOnlyList<Download> Downloads, bool FailedChecks, IReadOnlyList<Diagnostic> Findings);

    /// <summary>A CSV file's downloads and their bytes, kept by a <c>serve</c> session while neither the file nor what they depend on changes.</summary>
    private sealed record KeptTable(TableDownloads Table, IReadOnlyList<KeyValuePair<string, byte[]>> Files);

    private const string KeptTableKind = "dataset-table";

    /// <summary>
    /// In <c>serve</c>, a CSV file's downloads are made again only when the file is saved or what else they are
    /// made of changes (the schema, the title, the date, the addresses): a saved page then costs no read of a
    /// million rows, no checks of them again and no new copy of their 570 MB. The session forgets a file's entry
    /// when the file is saved (the key starts with its path, as if a file inside it); the rest is in the key.
    /// </summary>
    private static TableDownloads Remembered(Dataset dataset, DataResource resource, CsvFileRows csv, IOutputSink sink, CheckCsvFile.CsvFileCheck? check, WorkCache cache)
    {
        var made = false;
        var key = csv.Path + Path.DirectorySeparatorChar + CacheKey.Of(
            dataset.Slug, resource.Name, resource.Title, dataset.Modified.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Encoding.UTF8.GetString(TableSchemaJson.Serialise(resource.Schema)));
        var kept = cache.Remember(KeptTableKind, key, () =>
        {
            made = true;
            var written = new MemorySink();
            var table = Downloads(dataset, resource, written, check);
            return new KeptTable(table, [.. written.Files]);
        });

        if (kept.Table.FailedChecks)
        {
            // Reported now, and to be found again by the next rebuild's checks.
            cache.Forget([csv.Path]);
        }
        else if (!made)
        {
            // The file's checks passed when the downloads were made, unchanged since; their warnings still stand.
            check?.Keep(kept.Table.Findings);
        }

        foreach (var (path, bytes) in kept.Files)
        {
            sink.WriteKept(path, bytes);
        }

        return kept.Table;
    }

    private static TableDownloads Downloads(Dataset dataset, DataResource resource, IOutputSink sink, CheckCsvFile.CsvFileCheck? check)
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

        // validate keeps no byte: the rows are read for their checks, count and preview, and no download is made.
        var writing = sink.KeepsBytes
            ? writers
                .Select((writer, i) => (Action<IEnumerable<TableRow>>)(rows =>
                    downloads[i] = Write(sink, Url(writer.Format), writer.Format, MediaTypes[writer.Format], s => writer.Write(s, rows))))
                .ToList()
            : [];
        var (passed, findings) = (true, (IReadOnlyList<Diagnostic>)[]);
        if (check is not null && resource.Rows is CsvFileRows csv)
        {
            (passed, findings) = WriteChecking(csv, check, tap, writing);
        }
        else
        {
            RowFanOut.Run(tap.Watch(resource.Rows.Read()), writing);
        }

        // A file whose checks failed in the read leaves its downloads half written: the build stops after this
        // stage, before any page shows them, and the staging folder is thrown away. Unmade for validate, each is
        // the empty file its sink was given.
        for (var i = 0; i < downloads.Length; i++)
        {
            downloads[i] ??= sink.KeepsBytes
                ? new Download(writers[i].Format, Url(writers[i].Format), MediaTypes[writers[i].Format], 0, string.Empty)
                : Write(sink, Url(writers[i].Format), writers[i].Format, MediaTypes[writers[i].Format], _ => { });
        }

        return new TableDownloads(tap.Count, tap.Preview, downloads, !passed, findings);
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
    /// <returns>
    /// Whether the file passed its checks (if not, its errors are reported and its downloads not whole), and what
    /// the checks found (its warnings, when it passed).
    /// </returns>
    private static (bool Passed, IReadOnlyList<Diagnostic> Findings) WriteChecking(CsvFileRows csv, CheckCsvFile.CsvFileCheck check, RowTap tap, IReadOnlyList<Action<IEnumerable<TableRow>>> writing)
    {
        var shared = check.ForSharedRead();
        var consumers = new List<Action<IEnumerable<(CsvRecord Record, TableRow Row)>>> { read => shared.Check(read.Select(r => r.Record)) };
        consumers.AddRange(writing.Select(write => (Action<IEnumerable<(CsvRecord Record, TableRow Row)>>)(read => write(read.Skip(1).Select(r => r.Row)))));
        try
        {
            RowFanOut.Run(Watch(CsvTable.Read(csv.Path, shared.Events)), consumers);
            check.Keep(shared.Findings);
            return (!shared.FoundErrors, shared.Findings);
        }
        catch (Exception thrown) when (thrown is InvalidDataException or DecoderFallbackException or CsvFormatException or IOException)
        {
            // Not the file's fault (a full disk, a writer's bug) when its checks alone find nothing: that stays what it was.
            if (check.RunAloneFindsErrors())
            {
                return (false, []);
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
