using HaiPhongUrban.Portal.Sections.Datasets.Model;
using HaiPhongUrban.Portal.Tests.Browser;
using HaiPhongUrban.Portal.Tests.Publishing.Catalogues;
using HaiPhongUrban.Portal.Tests.Support;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace HaiPhongUrban.Portal.Tests.Sections.Datasets;

/// <summary>
/// A dataset that publishes files another section makes (<c>generated_from:</c> naming a FileSource of
/// the test's <see cref="BoundariesSection"/>) beside a CSV table, and a dataset of one file without an
/// extent: each file is written once with its source's bytes, listed in SHA256SUMS, described in every
/// catalogue and on its page, and the dataset's extent is the box around its files' extents.
/// </summary>
public sealed class GeneratedFileTests(GeneratedFileTests.Site fixture) : IClassFixture<GeneratedFileTests.Site>
{
    private const string Slug = "ranh-gioi-mau";
    private const string Unplaced = "tep-khong-vi-tri";
    private const string BoundariesUrl = "/du-lieu/ranh-gioi-mau/ranh-gioi.geojson";
    private const string PointsUrl = "/du-lieu/ranh-gioi-mau/diem-mau.geojson";

    // The union of the boundaries' box (106.6, 20.8, 106.75, 20.9) and the point (106.95, 20.7).
    private const string Union = "106.6,20.7,106.95,20.9";
    private const string UnionWkt = "POLYGON((106.6 20.7, 106.95 20.7, 106.95 20.9, 106.6 20.9, 106.6 20.7))";

    public const string DatasetYml = """
        title: Ranh giới mẫu
        description: Bộ dữ liệu của bài kiểm thử, có một bảng và hai tệp GeoJSON.
        keywords: [ranh giới]
        themes: [quy-hoach]
        issued: 2026-11-01
        modified: 2026-11-20
        update_frequency: irregular
        spatial: Thành phố Hải Phòng
        changes:
          - date: 2026-11-20
            note: Công bố lần đầu.
        resources:
          - name: khu-mau
            title: Khu mẫu
            path: khu.csv
            schema:
              primary_key: ma
              fields:
                - name: ma
                  title: Mã khu
                  type: string
                  description: Mã khu.
          - name: ranh-gioi
            title: Ranh giới các khu
            description: Mỗi khu là một đa giác.
            generated_from: test-boundaries
          - name: diem-mau
            title: Các điểm mẫu
            generated_from: test-points
        """;

    private const string UnplacedYml = """
        title: Tệp không vị trí
        description: Bộ dữ liệu của bài kiểm thử, chỉ có một tệp không nêu vị trí.
        keywords: [ranh giới]
        themes: [quy-hoach]
        issued: 2026-11-01
        modified: 2026-11-20
        update_frequency: never
        changes:
          - date: 2026-11-20
            note: Công bố lần đầu.
        resources:
          - name: tep-rong
            title: Tệp rỗng
            generated_from: test-unplaced
        """;

    /// <summary>The site, built once for the tests of this class.</summary>
    public sealed class Site() : IDisposable
    {
        public GeneratedFileSite Built { get; } = new(new Dictionary<string, string>
        {
            [$"datasets/{Slug}/dataset.yml"] = DatasetYml,
            [$"datasets/{Slug}/khu.csv"] = "ma\r\nkhu-a\r\n",
            [$"datasets/{Unplaced}/dataset.yml"] = UnplacedYml,
        });

        public void Dispose() => Built.Dispose();
    }

    private GeneratedFileSite Built => fixture.Built;

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private JsonElement Json(string url) => JsonDocument.Parse(Built.Bytes(url)).RootElement;

    private JsonElement Dataset(JsonElement catalogue, string list, string id, string slug) =>
        catalogue.GetProperty(list).EnumerateArray().Single(d => d.GetProperty(id).GetString()!.Contains($"/du-lieu/{slug}/", StringComparison.Ordinal));

    [Fact]
    public void The_site_builds() =>
        Assert.True(Built.Result.Succeeded, string.Join('\n', Built.Errors));

    [Fact]
    public void Each_file_is_written_once_beside_its_dataset_page_with_exactly_its_sources_bytes()
    {
        Assert.Equal(Encoding.UTF8.GetBytes(BoundariesSection.BoundariesJson), Built.Bytes(BoundariesUrl));
        Assert.Equal(Encoding.UTF8.GetBytes(BoundariesSection.PointsJson), Built.Bytes(PointsUrl));

        // Only the file itself: no CSV, JSON, XLSX or schema as a table would have.
        var folder = Path.GetDirectoryName(Built.FileOf(BoundariesUrl))!;
        Assert.Equal(
            ["SHA256SUMS", "datapackage.json", "diem-mau.geojson", "index.html", "khu-mau.csv", "khu-mau.excel.csv", "khu-mau.json", "khu-mau.schema.json", "khu-mau.xlsx", "ranh-gioi.geojson"],
            Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Sha256sums_lists_each_file_with_the_sha256_of_its_bytes()
    {
        var lines = Built.Text("/SHA256SUMS").Split('\n');

        Assert.Contains($"{Sha256(BoundariesSection.BoundariesJson)}  du-lieu/ranh-gioi-mau/ranh-gioi.geojson", lines);
        Assert.Contains($"{Sha256(BoundariesSection.PointsJson)}  du-lieu/ranh-gioi-mau/diem-mau.geojson", lines);
        Assert.Contains(lines, l => l.EndsWith("  du-lieu/tep-khong-vi-tri/tep-rong.geojson", StringComparison.Ordinal));
    }

    [Fact]
    public void The_dataset_page_shows_each_file_with_its_format_size_checksum_link_and_box_and_no_preview()
    {
        var page = BuiltSite.Parse(Built.FileOf(DatasetRoutes.Dataset(Slug)));

        var section = page.QuerySelector($"section[aria-labelledby={DatasetRoutes.FileAnchor("ranh-gioi")}]")!;
        Assert.Equal("Ranh giới các khu (ranh-gioi)", section.QuerySelector("h3")!.TextContent);
        Assert.Equal("Mỗi khu là một đa giác.", section.QuerySelector("p")!.TextContent);
        Assert.Equal(["GeoJSON (application/geo+json)", "106.6,20.8,106.75,20.9"], section.QuerySelectorAll("dl dd").Select(d => d.TextContent));
        var link = section.QuerySelector("a[download]")!;
        Assert.Equal(BoundariesUrl, link.GetAttribute("href"));
        Assert.Equal("application/geo+json", link.GetAttribute("type"));
        var cells = section.QuerySelectorAll("tbody td").Select(c => c.TextContent).ToList();
        Assert.Equal(["GeoJSON", $"{Encoding.UTF8.GetByteCount(BoundariesSection.BoundariesJson)} B", Sha256(BoundariesSection.BoundariesJson)], cells);
        Assert.Null(section.QuerySelector("table.preview, table.dictionary"));

        // The dataset's own extent, among its facts; the table keeps its heading and section.
        var facts = page.QuerySelectorAll("dl.facts")[0].QuerySelectorAll("div").ToDictionary(d => d.QuerySelector("dt")!.TextContent, d => d.QuerySelector("dd")!.TextContent);
        Assert.Equal(Union, facts["Hộp bao WGS84 (tây, nam, đông, bắc)"]);
        Assert.NotNull(page.GetElementById("cac-bang"));
        Assert.NotNull(page.GetElementById(DatasetRoutes.ResourceAnchor("khu-mau")));
    }

    [Fact]
    public void A_dataset_of_one_file_without_an_extent_has_no_table_heading_and_no_box()
    {
        var page = BuiltSite.Parse(Built.FileOf(DatasetRoutes.Dataset(Unplaced)));

        Assert.Null(page.GetElementById("cac-bang"));
        Assert.NotNull(page.GetElementById(DatasetRoutes.FileAnchor("tep-rong")));
        Assert.DoesNotContain("Hộp bao", page.Body!.TextContent, StringComparison.Ordinal);
        var dcat = Dataset(Json(DatasetRoutes.DcatCatalog), "dcat:dataset", "@id", Unplaced);
        Assert.False(dcat.TryGetProperty("dct:spatial", out _));
        Assert.False(Dataset(Json(DatasetRoutes.ProjectOpenDataCatalog), "dataset", "identifier", Unplaced).TryGetProperty("spatial", out _));
    }

    [Fact]
    public void Data_json_gives_each_file_a_distribution_and_the_dataset_its_bounding_box()
    {
        var dataset = Dataset(Json(DatasetRoutes.ProjectOpenDataCatalog), "dataset", "identifier", Slug);

        Assert.Equal(Union, dataset.GetProperty("spatial").GetString());
        var distribution = dataset.GetProperty("distribution").EnumerateArray().Single(d => d.GetProperty("downloadURL").GetString() == GeneratedFileSite.BaseUrl + BoundariesUrl);
        Assert.Equal("application/geo+json", distribution.GetProperty("mediaType").GetString());
        Assert.Equal("GeoJSON", distribution.GetProperty("format").GetString());
        Assert.Equal("Ranh giới các khu (GeoJSON)", distribution.GetProperty("title").GetString());
        Assert.False(distribution.TryGetProperty("describedBy", out _));
        Assert.Equal(4 + 2, dataset.GetProperty("distribution").GetArrayLength());
    }

    [Fact]
    public void Dcat_gives_each_file_a_distribution_and_the_dataset_a_wkt_bounding_box_beside_its_place_name()
    {
        var dataset = Dataset(Json(DatasetRoutes.DcatCatalog), "dcat:dataset", "@id", Slug);

        var spatial = dataset.GetProperty("dct:spatial");
        Assert.Equal("dct:Location", spatial.GetProperty("@type").GetString());
        Assert.Equal("Thành phố Hải Phòng", spatial.GetProperty("skos:prefLabel").GetProperty("@value").GetString());
        Assert.Equal(UnionWkt, spatial.GetProperty("dcat:bbox").GetProperty("@value").GetString());
        Assert.Equal("http://www.opengis.net/ont/geosparql#wktLiteral", spatial.GetProperty("dcat:bbox").GetProperty("@type").GetString());

        var distribution = dataset.GetProperty("dcat:distribution").EnumerateArray()
            .Single(d => d.GetProperty("dcat:downloadURL").GetProperty("@id").GetString() == GeneratedFileSite.BaseUrl + PointsUrl);
        Assert.Equal("http://www.iana.org/assignments/media-types/application/geo+json", distribution.GetProperty("dcat:mediaType").GetProperty("@id").GetString());
        Assert.Equal("http://publications.europa.eu/resource/authority/file-type/GEOJSON", distribution.GetProperty("dct:format").GetProperty("@id").GetString());
        Assert.Equal(GeneratedFileSite.BaseUrl + DatasetRoutes.Dataset(Slug), distribution.GetProperty("dcat:accessURL").GetProperty("@id").GetString());
        Assert.Equal(Built.Bytes(PointsUrl).Length.ToString(System.Globalization.CultureInfo.InvariantCulture), distribution.GetProperty("dcat:byteSize").GetProperty("@value").GetString());
        Assert.Equal(Sha256(BoundariesSection.PointsJson), distribution.GetProperty("spdx:checksum").GetProperty("spdx:checksumValue").GetProperty("@value").GetString());
        Assert.False(distribution.TryGetProperty("dct:conformsTo", out _));
    }

    [Fact]
    public void The_datasets_package_lists_each_file_with_its_size_hash_and_extent_and_meets_the_data_package_profile()
    {
        var json = Built.Text(DatasetRoutes.DatasetPackage(Slug));
        var package = JsonDocument.Parse(json).RootElement;

        Assert.Equal("", ProfileValidation.DataPackageErrors(json));
        Assert.NotEqual("", ProfileValidation.TabularDataPackageErrors(json)); // a GeoJSON is no table: that profile would refuse it
        Assert.Equal("data-package", package.GetProperty("profile").GetString());
        Assert.Equal([106.6, 20.7, 106.95, 20.9], package.GetProperty("spatial").GetProperty("bbox").EnumerateArray().Select(v => v.GetDouble()));

        var file = package.GetProperty("resources").EnumerateArray().Single(r => r.GetProperty("name").GetString() == "ranh-gioi");
        Assert.Equal("ranh-gioi.geojson", file.GetProperty("path").GetString());
        Assert.Equal("data-resource", file.GetProperty("profile").GetString());
        Assert.Equal("geojson", file.GetProperty("format").GetString());
        Assert.Equal("application/geo+json", file.GetProperty("mediatype").GetString());
        Assert.Equal(Built.Bytes(BoundariesUrl).Length, file.GetProperty("bytes").GetInt64());
        Assert.Equal("sha256:" + Sha256(BoundariesSection.BoundariesJson), file.GetProperty("hash").GetString());
        Assert.Equal([106.6, 20.8, 106.75, 20.9], file.GetProperty("spatial").GetProperty("bbox").EnumerateArray().Select(v => v.GetDouble()));
        Assert.False(file.TryGetProperty("schema", out _));
        Assert.False(file.TryGetProperty("dialect", out _));

        // The table beside it is still a tabular resource with its schema.
        var table = package.GetProperty("resources").EnumerateArray().Single(r => r.GetProperty("name").GetString() == "khu-mau");
        Assert.Equal("tabular-data-resource", table.GetProperty("profile").GetString());
        Assert.True(table.TryGetProperty("schema", out _));
    }

    [Fact]
    public void The_portal_package_lists_the_files_at_their_paths_from_the_root_and_meets_the_data_package_profile()
    {
        var json = Built.Text(DatasetRoutes.PortalDataPackage);
        var resources = JsonDocument.Parse(json).RootElement.GetProperty("resources").EnumerateArray().ToList();

        Assert.Equal("", ProfileValidation.DataPackageErrors(json));
        Assert.Equal(
            ["du-lieu/ranh-gioi-mau/ranh-gioi.geojson", "du-lieu/ranh-gioi-mau/diem-mau.geojson", "du-lieu/tep-khong-vi-tri/tep-rong.geojson"],
            resources.Where(r => r.GetProperty("format").GetString() == "geojson" && !r.GetProperty("path").GetString()!.StartsWith("du-lieu/quy-hoach/", StringComparison.Ordinal)).Select(r => r.GetProperty("path").GetString()));
        Assert.Contains(resources, r => r.GetProperty("path").GetString() == "du-lieu/quy-hoach/ranh-gioi-quy-hoach.geojson");
    }

    /// <summary>The seed has no generated file, so the site-wide Nu check never meets a page showing one.</summary>
    [NuCheckerFact]
    public void The_pages_showing_files_have_no_nu_errors()
    {
        var files = new[] { DatasetRoutes.Dataset(Slug), DatasetRoutes.Dataset(Unplaced), DatasetRoutes.Datasets }.Select(Built.FileOf).ToList();

        var errors = NuChecker.Check(files).Select(m => $"{m.File}:{m.Line}: {m.Message}").ToList();

        Assert.True(errors.Count == 0, string.Join('\n', errors));
    }

    [Fact]
    public void The_catalogue_card_names_the_files_format_after_the_tables()
    {
        var page = BuiltSite.Parse(Built.FileOf(DatasetRoutes.Datasets));

        var metas = page.QuerySelectorAll(".dataset-meta").Select(m => m.TextContent).ToList();
        Assert.Contains(metas, m => m.EndsWith("CSV, CSV cho Excel, JSON, Bảng tính XLSX, GeoJSON", StringComparison.Ordinal));
        Assert.Contains(metas, m => m.EndsWith("0 bảng · 0 dòng · GeoJSON", StringComparison.Ordinal));
    }
}
