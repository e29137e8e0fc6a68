using HaiPhongUrban.Portal.Sections.Conclusion.Model;
using HaiPhongUrban.Portal.Sections.Datasets.Model;
using HaiPhongUrban.Portal.Tests.Support;
using HaiPhongUrban.Portal.Rendering;
using HaiPhongUrban.Portal.Sections.Updates.Model;
using HaiPhongUrban.Portal.Sections.Updates.Publishing;
using HaiPhongUrban.Portal.Serving;
using Tomlyn;
using Tomlyn.Model;

namespace HaiPhongUrban.Portal.Tests;

/// <summary>netlify.toml parses, builds into output/, and sends the security, caching and data headers.</summary>
public sealed class NetlifyConfigTests
{
    private static readonly TomlTable Config = TomlSerializer.Deserialize<TomlTable>(File.ReadAllText(Path.Combine(RepoPaths.Root, "netlify.toml")))!;

    private static TomlTable HeadersFor(string path) =>
        (TomlTable)((TomlTableArray)Config["headers"]).Single(h => (string)h["for"] == path)["values"];

    [Fact]
    public void Build_publishes_the_output_folder_with_a_command_that_exists()
    {
        var build = (TomlTable)Config["build"];

        Assert.Equal("output", build["publish"]);
        Assert.Equal("bash .ci/netlify-build", build["command"]);
        Assert.True(File.Exists(Path.Combine(RepoPaths.Root, ".ci", "netlify-build")));
    }

    [Fact]
    public void Every_page_gets_the_security_headers_and_a_csp_without_unsafe_inline()
    {
        var headers = HeadersFor("/*");
        var csp = (string)headers["Content-Security-Policy"];

        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("style-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.StartsWith("max-age=", (string)headers["Strict-Transport-Security"], StringComparison.Ordinal);
        Assert.Equal("nosniff", headers["X-Content-Type-Options"]);
        Assert.Equal("strict-origin-when-cross-origin", headers["Referrer-Policy"]);
        Assert.Contains("camera=()", (string)headers["Permissions-Policy"], StringComparison.Ordinal);
    }

    [Fact]
    public void Fingerprinted_assets_are_cached_for_a_year_as_immutable()
    {
        var cache = (string)HeadersFor("/assets/*")["Cache-Control"];

        Assert.Contains("max-age=31536000", cache, StringComparison.Ordinal);
        Assert.Contains("immutable", cache, StringComparison.Ordinal);
    }

    [Fact]
    public void The_fingerprinted_search_index_is_cached_as_long_as_the_assets_but_its_page_is_not()
    {
        var index = SiteRoutes.SearchIndex("0123456789");

        Assert.Equal(["public, max-age=31536000, immutable"], Effective(index, "Cache-Control"));
        Assert.Equal(["application/json; charset=utf-8"], Effective(index, "Content-Type"));
        Assert.Empty(Effective(SiteRoutes.Search, "Cache-Control"));
    }

    // The URLs data users fetch, from the scheme that decides them.
    private static readonly string[] CsvDownloads =
    [
        DatasetRoutes.Download("nhiem-vu", "nhom-nhiem-vu", DownloadFormat.Csv),
        DatasetRoutes.Download("nhiem-vu", "nhom-nhiem-vu", DownloadFormat.CsvForExcel),
    ];

    private static readonly string XlsxDownload = DatasetRoutes.Download("nhiem-vu", "nhom-nhiem-vu", DownloadFormat.Xlsx);

    /// <summary>A generated file a dataset publishes (the seed has none yet; the Planning section's boundaries will be one).</summary>
    private static readonly string GeoJsonFile = DatasetRoutes.File("danh-muc-quy-hoach", "ranh-gioi-quy-hoach", "geojson");

    private static readonly string[] JsonFiles =
    [
        DatasetRoutes.Download("nhiem-vu", "nhom-nhiem-vu", DownloadFormat.Json),
        DatasetRoutes.TableSchema("nhiem-vu", "nhom-nhiem-vu"),
        DatasetRoutes.DatasetPackage("nhiem-vu"),
        DatasetRoutes.ProjectOpenDataCatalog,
        DatasetRoutes.PortalDataPackage,
    ];

    private static IEnumerable<string> DataUrls =>
        [.. CsvDownloads, XlsxDownload, .. JsonFiles, GeoJsonFile, DatasetRoutes.DcatCatalog, DatasetRoutes.Checksums, DatasetChecksums];

    private static readonly string DatasetChecksums = DatasetRoutes.DatasetChecksums("nhiem-vu");

    [Fact]
    public void Downloads_and_catalogues_may_be_fetched_from_any_site()
    {
        foreach (var url in DataUrls)
        {
            Assert.Equal(["*"], Effective(url, "Access-Control-Allow-Origin"));
        }
    }

    [Fact]
    public void Downloads_and_catalogues_declare_their_type_and_utf8()
    {
        Assert.All(CsvDownloads, url => Assert.Equal(["text/csv; charset=utf-8"], Effective(url, "Content-Type")));
        Assert.All(JsonFiles, url => Assert.Equal(["application/json; charset=utf-8"], Effective(url, "Content-Type")));
        Assert.Equal(["application/ld+json; charset=utf-8"], Effective(DatasetRoutes.DcatCatalog, "Content-Type"));
        Assert.Equal(["text/plain; charset=utf-8"], Effective(DatasetRoutes.Checksums, "Content-Type"));
        Assert.Equal(["text/plain; charset=utf-8"], Effective(DatasetChecksums, "Content-Type"));
        Assert.Equal(["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"], Effective(XlsxDownload, "Content-Type"));
    }

    /// <summary>RFC 7946 registers application/geo+json without a charset parameter (GeoJSON is always UTF-8).</summary>
    [Fact]
    public void A_generated_geojson_declares_its_registered_type_and_serve_answers_with_it_with_or_without_the_rule()
    {
        Assert.Equal(["application/geo+json"], Effective(GeoJsonFile, "Content-Type"));
        Assert.Equal([MediaTypes.Of(GeoJsonFile)], Effective(GeoJsonFile, "Content-Type"));
        Assert.Equal("application/geo+json", new SiteAnswer(200, Rules.For(GeoJsonFile), FilePath: GeoJsonFile).ContentType);
    }

    [Theory]
    [InlineData(UpdateRoutes.Feed, AtomFeed.MediaType + "; charset=utf-8")]
    [InlineData(SiteRoutes.Sitemap, "application/xml; charset=utf-8")]
    [InlineData(SiteRoutes.Robots, "text/plain; charset=utf-8")]
    public void Feed_sitemap_and_robots_txt_declare_their_type_and_utf8(string url, string type) =>
        Assert.Equal([type], Effective(url, "Content-Type"));

    /// <summary>The browser tests' server falls back to MediaTypes where no rule applies; for these files both must say the same.</summary>
    [Theory]
    [InlineData(SiteRoutes.Sitemap)]
    [InlineData(SiteRoutes.Robots)]
    public void The_test_server_would_send_the_same_type_without_the_rule(string url) =>
        Assert.Equal(Effective(url, "Content-Type"), [MediaTypes.Of(url)]);

    [Fact]
    public void The_feed_may_be_fetched_by_web_based_feed_readers()
    {
        Assert.Equal(["*"], Effective(UpdateRoutes.Feed, "Access-Control-Allow-Origin"));
        Assert.Empty(Effective(UpdateRoutes.Updates, "Access-Control-Allow-Origin"));
    }

    /// <summary>Every file beside a dataset's page: data and its metadata, as SHA256SUMS lists them, and the dataset's own SHA256SUMS.</summary>
    private static readonly string[] DatasetFiles =
    [
        DatasetChecksums,
        .. CsvDownloads,
        XlsxDownload,
        GeoJsonFile,
        DatasetRoutes.Download("nhiem-vu", "nhom-nhiem-vu", DownloadFormat.Json),
        DatasetRoutes.TableSchema("nhiem-vu", "nhom-nhiem-vu"),
        DatasetRoutes.DatasetPackage("nhiem-vu"),
    ];

    [Fact]
    public void Dataset_files_are_attachments_but_catalogues_and_pages_are_read_inline()
    {
        Assert.All(DatasetFiles, url => Assert.Equal(["attachment"], Effective(url, "Content-Disposition")));
        var inline = new[] { DatasetRoutes.ProjectOpenDataCatalog, DatasetRoutes.PortalDataPackage, DatasetRoutes.DcatCatalog, DatasetRoutes.Checksums, DatasetRoutes.Dataset("nhiem-vu"), DatasetRoutes.Datasets, SiteRoutes.Home };
        Assert.All(inline, url => Assert.Empty(Effective(url, "Content-Disposition")));
    }

    [Fact]
    public void Pages_get_neither_a_data_content_type_nor_cors()
    {
        foreach (var url in new[] { DatasetRoutes.Dataset("nhiem-vu"), DatasetRoutes.Datasets, SiteRoutes.Home, ConclusionRoutes.FullText })
        {
            Assert.Empty(Effective(url, "Content-Type"));
            Assert.Empty(Effective(url, "Access-Control-Allow-Origin"));
        }
    }

    [Fact]
    public void No_url_gets_the_same_header_from_two_rules()
    {
        var names = Rules.Rules.SelectMany(rule => rule.Values.Keys).Distinct(StringComparer.OrdinalIgnoreCase);
        foreach (var url in DataUrls.Concat([SiteRoutes.Home, DatasetRoutes.Dataset("nhiem-vu"), "/ket-luan/ket-luan.md", SiteRoutes.SearchIndex("0123456789"), UpdateRoutes.Feed, SiteRoutes.Sitemap, SiteRoutes.Robots]))
        {
            Assert.All(names, name => Assert.True(Effective(url, name).Count <= 1, $"{url}: {name} set twice"));
        }
    }

    // Matched the way Netlify does by the rules the browser tests' server also sends (NetlifyHeaderRuleTests).
    private static readonly NetlifyHeaderRules Rules = NetlifyHeaderRules.Load(Path.Combine(RepoPaths.Root, "netlify.toml"));

    /// <summary>Every value Netlify would send for <paramref name="name"/> on <paramref name="url"/>: one per matching rule.</summary>
    private static IReadOnlyList<string> Effective(string url, string name) => Rules.Values(url, name);
}
