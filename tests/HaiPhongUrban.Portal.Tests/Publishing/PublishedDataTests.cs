using HaiPhongUrban.Portal.Kernel.Downloads;
using HaiPhongUrban.Portal.Kernel.Urls;
using HaiPhongUrban.Portal.Tests.Publishing.Catalogues;
using HaiPhongUrban.Portal.Kernel.Tables;
using HaiPhongUrban.Portal.Model;
using HaiPhongUrban.Portal.Sections.Datasets.Model;
using HaiPhongUrban.Portal.Sections.Updates.Model;
using HaiPhongUrban.Portal.Tests.Publishing.Downloads;
using HaiPhongUrban.Portal.Tests.Support;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace HaiPhongUrban.Portal.Tests.Publishing;

/// <summary>
/// The published data as a journalist meets it: the real content plus a staff-added dataset, built
/// with a base URL. Every catalogue entry resolves to a file, every checksum matches, and every
/// download reads back, cell by cell, as the content it came from.
/// </summary>
[Collection(BuiltDataSiteCollection.Name)]
public sealed class PublishedDataTests(BuiltDataSite site)
{
    private readonly Lazy<Site> _model = new(() => SeedModel.Load(site.Content));

    private IEnumerable<(Dataset Dataset, DataResource Resource)> Resources() =>
        _model.Value.Datasets.SelectMany(d => d.Resources.Select(r => (d, r)));

    [Fact]
    public void The_site_builds()
    {
        Assert.True(site.Result.Succeeded, string.Join('\n', site.Result.Diagnostics.Select(d => d.Text(Portal.Kernel.Diagnostics.UiLanguage.English))));
    }

    [Fact]
    public void Data_json_lists_every_dataset_and_every_distribution_url_resolves_to_a_file()
    {
        using var catalog = JsonDocument.Parse(site.Bytes(DatasetRoutes.ProjectOpenDataCatalog));
        var datasets = catalog.RootElement.GetProperty("dataset").EnumerateArray().ToList();
        var folders = Directory.GetDirectories(Path.Combine(site.Content, "datasets")).Select(Path.GetFileName).ToList();

        Assert.Equal(folders.Count, datasets.Count);
        Assert.Contains(datasets, d => d.GetProperty("identifier").GetString() == BuiltDataSite.BaseUrl + DatasetRoutes.Dataset("du-an-mau"));
        foreach (var dataset in datasets)
        {
            var distributions = dataset.GetProperty("distribution").EnumerateArray().ToList();
            Assert.NotEmpty(distributions);
            foreach (var distribution in distributions)
            {
                // A table is described by its Table Schema; a generated file (GeoJSON) has none.
                var isTable = distribution.GetProperty("mediaType").GetString() != "application/geo+json";
                foreach (var property in isTable ? new[] { "downloadURL", "describedBy" } : ["downloadURL"])
                {
                    var url = distribution.GetProperty(property).GetString()!;
                    Assert.StartsWith(BuiltDataSite.BaseUrl + "/", url, StringComparison.Ordinal);
                    Assert.True(File.Exists(site.FileOf(url)), $"{property} {url} is not a file of the output");
                }
            }
        }
    }

    [Fact]
    public void With_site_yml_filled_in_the_built_catalogues_carry_every_required_field()
    {
        using var pod = JsonDocument.Parse(site.Bytes(DatasetRoutes.ProjectOpenDataCatalog));
        foreach (var dataset in pod.RootElement.GetProperty("dataset").EnumerateArray())
        {
            foreach (var field in new[] { "title", "description", "modified", "identifier", "accessLevel" })
            {
                Assert.False(string.IsNullOrWhiteSpace(dataset.GetProperty(field).GetString()), field);
            }

            Assert.NotEmpty(dataset.GetProperty("keyword").EnumerateArray());
            Assert.False(string.IsNullOrWhiteSpace(dataset.GetProperty("publisher").GetProperty("name").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(dataset.GetProperty("contactPoint").GetProperty("fn").GetString()));
            Assert.StartsWith("mailto:", dataset.GetProperty("contactPoint").GetProperty("hasEmail").GetString(), StringComparison.Ordinal);
        }

        using var dcat = JsonDocument.Parse(site.Bytes(DatasetRoutes.DcatCatalog));
        var text = dcat.RootElement.GetRawText();
        Assert.Contains("\"dct:publisher\"", text, StringComparison.Ordinal);
        Assert.Contains("Ban biên tập (kiểm thử)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Sha256sum_check_passes_in_the_output_folder_and_covers_every_dataset_file()
    {
        var listed = File.ReadAllLines(Path.Combine(site.Output, "SHA256SUMS"));
        var files = Directory.EnumerateFiles(Path.Combine(site.Output, "du-lieu"), "*", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) is not ("index.html" or "SHA256SUMS"))
            .Select(f => Path.GetRelativePath(site.Output, f).Replace('\\', '/'))
            .ToList();

        var paths = listed.Select(l => l[66..]).ToList();
        Assert.Equal(paths.Order(StringComparer.Ordinal), paths);
        Assert.Subset(paths.ToHashSet(), files.ToHashSet());
        foreach (var line in listed)
        {
            Assert.Equal(line[..64], Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(site.Output, line[66..])))));
        }

        // The real tool, as a journalist would run it (coreutils is on every Linux machine we build on).
        var (code, output) = Sha256sum(site.Output, "--check --strict SHA256SUMS");
        Assert.True(code == 0, output);
    }

    [Fact]
    public void Every_download_a_page_links_to_is_in_the_root_checksum_list()
    {
        var listed = File.ReadAllLines(Path.Combine(site.Output, "SHA256SUMS")).Select(l => "/" + l[66..]).ToHashSet(StringComparer.Ordinal);
        var linked = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories)
            .SelectMany(file => BuiltSite.Parse(file).QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
            .Where(href => href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal))
            .Select(href => href.Split('#', '?')[0])
            .Where(IsDownload)
            .ToHashSet(StringComparer.Ordinal);

        // Data, catalogues and the source transcription alike: what a journalist saves and may want to check.
        Assert.Contains(DatasetRoutes.ProjectOpenDataCatalog, linked);
        Assert.Contains(linked, url => url.EndsWith(".md", StringComparison.Ordinal));
        Assert.Contains(DatasetRoutes.Download("du-an-mau", "du-an", DownloadFormat.Xlsx), linked);
        Assert.Empty(linked.Where(url => !listed.Contains(url)).Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// A link to a file that is not a page, an asset of the theme, the feed (read by feed readers, and new with
    /// every update) or a checksum list itself (which no list holds).
    /// </summary>
    private bool IsDownload(string url) =>
        !url.EndsWith('/') && !url.EndsWith(".html", StringComparison.Ordinal)
        && !url.StartsWith("/assets/", StringComparison.Ordinal)
        && url != UpdateRoutes.Feed
        && !url.EndsWith("/SHA256SUMS", StringComparison.Ordinal)
        && File.Exists(site.FileOf(url));

    [Fact]
    public void Sha256sum_check_passes_in_a_folder_holding_just_one_dataset_or_one_of_its_files()
    {
        var published = Path.GetDirectoryName(site.FileOf(DatasetRoutes.DatasetChecksums("du-an-mau")))!;
        using var copy = new TemporaryFolder();
        foreach (var file in Directory.GetFiles(published).Where(f => Path.GetFileName(f) != "index.html"))
        {
            File.Copy(file, Path.Combine(copy.Path, Path.GetFileName(file)));
        }

        // Every file of the dataset, by bare name, and nothing else: no page, no list of itself.
        var listed = File.ReadAllLines(Path.Combine(copy.Path, "SHA256SUMS")).Select(l => l[66..]).ToList();
        var files = Directory.GetFiles(copy.Path).Select(f => Path.GetFileName(f)).Where(n => n != "SHA256SUMS").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(files, listed);
        var (code, output) = Sha256sum(copy.Path, "--check --strict SHA256SUMS");
        Assert.True(code == 0, output);

        // A journalist who saved one file and the list checks that one file.
        foreach (var other in Directory.GetFiles(copy.Path).Where(f => Path.GetFileName(f) is not ("SHA256SUMS" or "du-an.xlsx")))
        {
            File.Delete(other);
        }

        (code, output) = Sha256sum(copy.Path, "--check --strict --ignore-missing SHA256SUMS");
        Assert.True(code == 0, output);
        Assert.Equal("du-an.xlsx: OK", output.Trim());
    }

    private static (int Code, string Output) Sha256sum(string folder, string arguments)
    {
        var check = Process.Start(new ProcessStartInfo("sha256sum", arguments) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = check.StandardOutput.ReadToEnd() + check.StandardError.ReadToEnd();
        check.WaitForExit();
        return (check.ExitCode, output);
    }

    private sealed class TemporaryFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("sha256sums-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }

    [Fact]
    public void Every_size_and_hash_in_every_datapackage_matches_its_file_and_the_packages_meet_the_profile()
    {
        var packages = Directory.EnumerateFiles(site.Output, "datapackage.json", SearchOption.AllDirectories).ToList();
        Assert.Equal(_model.Value.Datasets.Count + 1, packages.Count);
        foreach (var package in packages)
        {
            var json = File.ReadAllText(package);
            using var document = JsonDocument.Parse(json);

            // A package holding a generated file (the plans' boundaries) declares the general profile, since
            // the tabular one requires a schema on every resource; either way it must meet the one it declares.
            var profile = document.RootElement.GetProperty("profile").GetString();
            Assert.Equal("", profile == "data-package" ? ProfileValidation.DataPackageErrors(json) : ProfileValidation.TabularDataPackageErrors(json));
            foreach (var resource in document.RootElement.GetProperty("resources").EnumerateArray())
            {
                var file = Path.Combine(Path.GetDirectoryName(package)!, resource.GetProperty("path").GetString()!);
                var bytes = File.ReadAllBytes(file);
                Assert.Equal(bytes.LongLength, resource.GetProperty("bytes").GetInt64());
                Assert.Equal("sha256:" + Convert.ToHexStringLower(SHA256.HashData(bytes)), resource.GetProperty("hash").GetString());
            }
        }
    }

    [Fact]
    public void Every_csv_for_scripts_reads_back_with_a_standard_reader_as_the_declared_rows_and_columns()
    {
        foreach (var (dataset, resource) in Resources())
        {
            var bytes = site.Bytes(DatasetRoutes.Download(dataset.Slug, resource.Name, DownloadFormat.Csv));
            var table = CsvReadBack.Read(bytes);

            Assert.False(CsvReadBack.StartsWithByteOrderMark(bytes));
            // Records end with CRLF; a line break inside a quoted cell is the cell's own text, kept as written.
            Assert.True(Source(resource).Any(r => r.Any(c => c.Contains('\n'))) || CsvReadBack.HasOnlyCrlfLineEnds(bytes), resource.Name);
            Assert.True(bytes.AsSpan().EndsWith("\r\n"u8), resource.Name);
            Assert.Equal(resource.Schema.Fields.Select(f => f.Name), table.Header);
            Assert.Equal(Source(resource), table.Rows);
        }
    }

    [Fact]
    public void A_csv_file_of_content_is_published_with_exactly_its_values()
    {
        // Read the staff's file with an independent reader: what we publish is what they wrote.
        var written = CsvReadBack.Read(File.ReadAllBytes(Path.Combine(site.Content, "datasets", "du-an-mau", "du-an.csv")));
        var published = CsvReadBack.Read(site.Bytes(DatasetRoutes.Download("du-an-mau", "du-an", DownloadFormat.Csv)));

        Assert.Equal(written, published, new TableComparer());
        Assert.Contains(published.Rows, r => r[3] == "-5");
        Assert.Contains(published.Rows, r => r[1] == "=1+1");
    }

    [Fact]
    public void Every_excel_csv_reads_back_cell_by_cell_with_only_formula_like_text_neutralised_and_every_xlsx_as_the_source()
    {
        foreach (var (dataset, resource) in Resources())
        {
            var fields = resource.Schema.Fields;
            var source = Source(resource);
            var excelCsv = site.Bytes(DatasetRoutes.Download(dataset.Slug, resource.Name, DownloadFormat.CsvForExcel));
            var csv = CsvReadBack.Read(excelCsv.AsSpan(3).ToArray());
            var xlsx = site.Bytes(DatasetRoutes.Download(dataset.Slug, resource.Name, DownloadFormat.Xlsx));
            var sheet = XlsxReadBack.Read(xlsx);
            var formats = XlsxReadBack.CellFormats(xlsx);

            Assert.True(CsvReadBack.StartsWithByteOrderMark(excelCsv));
            Assert.Equal(source.Count, csv.Rows.Count);
            Assert.Equal(source.Count + 1, sheet.Rows.Count);
            Assert.Equal(fields.Select(f => f.Name), sheet.Rows[0].Select(c => c?.ToString()));
            for (var row = 0; row < source.Count; row++)
            {
                for (var column = 0; column < fields.Count; column++)
                {
                    var value = source[row][column];
                    var field = fields[column];
                    var formulaLike = field.Type == FieldType.String && FormulaNeutraliser.IsFormulaLike(value);
                    Assert.Equal(formulaLike ? "'" + value : value, csv.Rows[row][column]);
                    Assert.Equal(Typed(value.ReplaceLineEndings("\n"), field.Type), Typed(sheet.Rows[row + 1][column]));
                    Assert.True(!formulaLike || XlsxReadBack.IsQuotePrefixed(formats[row + 1][column]), $"{resource.Name} line {row + 2}: '{value}' is not marked as text");
                }
            }
        }
    }

    [Fact]
    public void No_excel_csv_starts_a_string_cell_with_a_formula_character_no_xlsx_holds_a_formula_and_minus_five_stays()
    {
        foreach (var (dataset, resource) in Resources())
        {
            var csv = CsvReadBack.Read(site.Bytes(DatasetRoutes.Download(dataset.Slug, resource.Name, DownloadFormat.CsvForExcel)).AsSpan(3).ToArray());
            var textColumns = resource.Schema.Fields.Select((f, i) => (f, i)).Where(p => p.f.Type == FieldType.String).Select(p => p.i).ToList();
            Assert.DoesNotContain(csv.Rows.SelectMany(r => textColumns.Select(i => r[i])), c => c.Length > 0 && "=+-@\t\r".Contains(c[0]));
            var sheetXml = XlsxReadBack.EntryText(site.Bytes(DatasetRoutes.Download(dataset.Slug, resource.Name, DownloadFormat.Xlsx)), "xl/worksheets/sheet1.xml");
            Assert.DoesNotContain("<f>", sheetXml, StringComparison.Ordinal);
        }

        var projectsXlsx = site.Bytes(DatasetRoutes.Download("du-an-mau", "du-an", DownloadFormat.Xlsx));
        var projects = XlsxReadBack.Read(projectsXlsx);
        Assert.Equal(-5d, Convert.ToDouble(projects.Rows[1][3], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("=1+1", projects.Rows[2][1]);
        Assert.True(XlsxReadBack.IsQuotePrefixed(XlsxReadBack.CellFormats(projectsXlsx)[2][1]));
        var excel = CsvReadBack.Read(site.Bytes(DatasetRoutes.Download("du-an-mau", "du-an", DownloadFormat.CsvForExcel)).AsSpan(3).ToArray());
        Assert.Equal("-5", excel.Rows[0][3]);
        Assert.Equal("'=1+1", excel.Rows[1][1]);
    }

    [Fact]
    public void Every_json_download_is_an_array_of_objects_typed_by_the_schema()
    {
        foreach (var (dataset, resource) in Resources())
        {
            using var json = JsonDocument.Parse(site.Bytes(DatasetRoutes.Download(dataset.Slug, resource.Name, DownloadFormat.Json)));
            var rows = json.RootElement.EnumerateArray().ToList();
            var source = Source(resource);
            Assert.Equal(source.Count, rows.Count);
            for (var row = 0; row < source.Count; row++)
            {
                Assert.Equal(resource.Schema.Fields.Select(f => f.Name), rows[row].EnumerateObject().Select(p => p.Name));
                foreach (var (field, column) in resource.Schema.Fields.Select((f, i) => (f, i)))
                {
                    var value = rows[row].GetProperty(field.Name);
                    var text = source[row][column];
                    var expectedKind = text.Length == 0 ? JsonValueKind.Null : field.Type switch
                    {
                        FieldType.Integer or FieldType.Number => JsonValueKind.Number,
                        FieldType.Boolean => FieldTypes.Parse(field.Type, text) is true ? JsonValueKind.True : JsonValueKind.False,
                        _ => JsonValueKind.String,
                    };
                    Assert.Equal(expectedKind, value.ValueKind);
                    if (expectedKind is JsonValueKind.String or JsonValueKind.Number)
                    {
                        object? actual = field.Type switch
                        {
                            FieldType.Integer => (double)value.GetInt64(),
                            FieldType.Number => (double)value.GetDecimal(),
                            FieldType.Date => ((DateOnly)FieldTypes.Parse(FieldType.Date, value.GetString()!)!).ToDateTime(TimeOnly.MinValue),
                            _ => value.GetString(),
                        };
                        Assert.Equal(Typed(text, field.Type), actual);
                    }
                }
            }
        }
    }

    [Fact]
    public void The_staff_added_dataset_has_its_page_and_is_in_every_catalogue()
    {
        var page = BuiltSite.Parse(site.FileOf(DatasetRoutes.Dataset("du-an-mau")));
        Assert.Equal("Dự án mẫu (kiểm thử)", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(4 + 1, page.QuerySelectorAll("#bang-du-an ~ .table-scroll table.downloads tbody tr, section[aria-labelledby='bang-du-an'] table.downloads tbody tr").Length);
        Assert.Contains("5", page.QuerySelector("section[aria-labelledby='bang-du-an']")!.TextContent, StringComparison.Ordinal);

        Assert.Contains("Dự án mẫu (kiểm thử)", Encoding.UTF8.GetString(site.Bytes(DatasetRoutes.ProjectOpenDataCatalog)), StringComparison.Ordinal);
        Assert.Contains(BuiltDataSite.BaseUrl + DatasetRoutes.Dataset("du-an-mau"), Encoding.UTF8.GetString(site.Bytes(DatasetRoutes.DcatCatalog)), StringComparison.Ordinal);
        Assert.Contains("du-lieu/du-an-mau/moc-du-an.csv", Encoding.UTF8.GetString(site.Bytes(DatasetRoutes.PortalDataPackage)), StringComparison.Ordinal);
        Assert.Contains("du-lieu/du-an-mau/du-an.xlsx", File.ReadAllText(Path.Combine(site.Output, "SHA256SUMS")), StringComparison.Ordinal);

        var theme = BuiltSite.Parse(site.FileOf(DatasetRoutes.DatasetsByTheme("ha-tang-ky-thuat")));
        Assert.Contains(theme.QuerySelectorAll(".dataset-card a"), a => a.GetAttribute("href") == DatasetRoutes.Dataset("du-an-mau"));
        var keyword = BuiltSite.Parse(site.FileOf(DatasetRoutes.DatasetsByKeyword("kiểm thử")));
        var only = Assert.Single(keyword.QuerySelectorAll(".dataset-card h2 a"));
        Assert.Equal(DatasetRoutes.Dataset("du-an-mau"), only.GetAttribute("href"));
    }

    [Fact]
    public void The_catalogue_sorted_by_date_puts_the_newest_first_and_by_title_alphabetically()
    {
        string[] Titles(string url) => BuiltSite.Parse(site.FileOf(url)).QuerySelectorAll(".dataset-card h2 a").Select(a => a.TextContent).ToArray();
        var byTitle = Titles(DatasetRoutes.Datasets);
        var byDate = Titles(DatasetRoutes.DatasetsByDate);

        Assert.Equal(_model.Value.Datasets.Count, byTitle.Length);
        Assert.Equal(byTitle.OrderBy(Slug.From, StringComparer.Ordinal), byTitle);
        Assert.NotEqual(byTitle, byDate);
        Assert.Equal("Dự án mẫu (kiểm thử)", byDate[^1]);
    }

    [Fact]
    public void Two_builds_give_the_same_bytes_for_every_download_and_catalogue()
    {
        var second = Path.Combine(site.Root, "second-output");
        var result = Portal.Building.SiteBuilder.Run(new Portal.Building.BuildRequest(site.Content, Path.Combine(site.Root, "theme"), second, true, site.Root, BuiltDataSite.BaseUrl));
        Assert.True(result.Succeeded);

        var firstFiles = Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(site.Output, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(firstFiles, Directory.EnumerateFiles(second, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(second, f)).Order(StringComparer.Ordinal));
        Assert.Contains(firstFiles, f => f.EndsWith(".xlsx", StringComparison.Ordinal));
        foreach (var file in firstFiles)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(site.Output, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(second, file))), file);
        }
    }

    /// <summary>The rows a resource must publish, read independently of the writers.</summary>
    private static List<IReadOnlyList<string>> Source(DataResource resource) => resource.Rows.Read().Select(r => r.Cells).ToList();

    /// <summary>A content value as the typed value a reader should get (numbers compared as numbers: "1.50" is 1.5).</summary>
    private static object? Typed(string text, FieldType type) => text.Length == 0 ? null : type switch
    {
        FieldType.Number => Convert.ToDouble(FieldTypes.Parse(type, text), System.Globalization.CultureInfo.InvariantCulture),
        FieldType.Integer => Convert.ToDouble(FieldTypes.Parse(type, text), System.Globalization.CultureInfo.InvariantCulture),
        FieldType.Date => ((DateOnly)FieldTypes.Parse(type, text)!).ToDateTime(TimeOnly.MinValue),
        _ => FieldTypes.Parse(type, text),
    };

    /// <summary>A cell ExcelDataReader read (numbers come back as double).</summary>
    private static object? Typed(object? cell) => cell switch
    {
        null => null,
        string { Length: 0 } => null,
        long or int or decimal => Convert.ToDouble(cell, System.Globalization.CultureInfo.InvariantCulture),
        _ => cell,
    };

    private sealed class TableComparer : IEqualityComparer<CsvReadBack.Table>
    {
        public bool Equals(CsvReadBack.Table? x, CsvReadBack.Table? y) =>
            x!.Header.SequenceEqual(y!.Header) && x.Rows.Count == y.Rows.Count && x.Rows.Zip(y.Rows).All(p => p.First.SequenceEqual(p.Second));

        public int GetHashCode(CsvReadBack.Table obj) => obj.Rows.Count;
    }
}
