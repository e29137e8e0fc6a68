using System.Text.RegularExpressions;
using HaiPhongUrban.Portal.Publishing;
using HaiPhongUrban.Portal.Routing;
using HaiPhongUrban.Portal.Tests.Support;
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
        var index = UrlScheme.SearchIndex("0123456789");

        Assert.Equal(["public, max-age=31536000, immutable"], Effective(index, "Cache-Control"));
        Assert.Equal(["application/json; charset=utf-8"], Effective(index, "Content-Type"));
        Assert.Empty(Effective(UrlScheme.Search, "Cache-Control"));
    }

    // The URLs data users fetch, from the scheme that decides them.
    private static readonly string[] CsvDownloads =
    [
        UrlScheme.Download("nhiem-vu", "nhom-nhiem-vu", DownloadFormat.Csv),
        UrlScheme.Download("nhiem-vu", "nhom-nhiem-vu", DownloadFormat.CsvForExcel),
    ];

    private static readonly string XlsxDownload = UrlScheme.Download("nhiem-vu", "nhom-nhiem-vu", DownloadFormat.Xlsx);

    private static readonly string[] JsonFiles =
    [
        UrlScheme.Download("nhiem-vu", "nhom-nhiem-vu", DownloadFormat.Json),
        UrlScheme.TableSchema("nhiem-vu", "nhom-nhiem-vu"),
        UrlScheme.DatasetPackage("nhiem-vu"),
        UrlScheme.ProjectOpenDataCatalog,
        UrlScheme.PortalDataPackage,
    ];

    private static IEnumerable<string> DataUrls =>
        [.. CsvDownloads, XlsxDownload, .. JsonFiles, UrlScheme.DcatCatalog, UrlScheme.Checksums];

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
        Assert.Equal(["application/ld+json; charset=utf-8"], Effective(UrlScheme.DcatCatalog, "Content-Type"));
        Assert.Equal(["text/plain; charset=utf-8"], Effective(UrlScheme.Checksums, "Content-Type"));
        Assert.Equal(["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"], Effective(XlsxDownload, "Content-Type"));
    }

    /// <summary>Every file beside a dataset's page (data and its metadata), as SHA256SUMS lists them.</summary>
    private static readonly string[] DatasetFiles =
    [
        .. CsvDownloads,
        XlsxDownload,
        UrlScheme.Download("nhiem-vu", "nhom-nhiem-vu", DownloadFormat.Json),
        UrlScheme.TableSchema("nhiem-vu", "nhom-nhiem-vu"),
        UrlScheme.DatasetPackage("nhiem-vu"),
    ];

    [Fact]
    public void Dataset_files_are_attachments_but_catalogues_and_pages_are_read_inline()
    {
        Assert.All(DatasetFiles, url => Assert.Equal(["attachment"], Effective(url, "Content-Disposition")));
        var inline = new[] { UrlScheme.ProjectOpenDataCatalog, UrlScheme.PortalDataPackage, UrlScheme.DcatCatalog, UrlScheme.Checksums, UrlScheme.Dataset("nhiem-vu"), UrlScheme.Datasets, UrlScheme.Home };
        Assert.All(inline, url => Assert.Empty(Effective(url, "Content-Disposition")));
    }

    [Fact]
    public void Pages_get_neither_a_data_content_type_nor_cors()
    {
        foreach (var url in new[] { UrlScheme.Dataset("nhiem-vu"), UrlScheme.Datasets, UrlScheme.Home, UrlScheme.FullText })
        {
            Assert.Empty(Effective(url, "Content-Type"));
            Assert.Empty(Effective(url, "Access-Control-Allow-Origin"));
        }
    }

    [Fact]
    public void No_url_gets_the_same_header_from_two_rules()
    {
        var names = Rules.SelectMany(rule => rule.Values.Keys).Distinct(StringComparer.OrdinalIgnoreCase);
        foreach (var url in DataUrls.Concat([UrlScheme.Home, UrlScheme.Dataset("nhiem-vu"), "/ket-luan/ket-luan.md", UrlScheme.SearchIndex("0123456789")]))
        {
            Assert.All(names, name => Assert.True(Effective(url, name).Count <= 1, $"{url}: {name} set twice"));
        }
    }

    [Theory]
    [InlineData("/du-lieu/*.csv", "/du-lieu/nhiem-vu/nhom-nhiem-vu.csv", true)]
    [InlineData("/du-lieu/*.csv", "/du-lieu/nhiem-vu/nhom-nhiem-vu.excel.csv", true)]
    [InlineData("/du-lieu/*.csv", "/du-lieu/nhiem-vu/nhom-nhiem-vu.csv.html", false)]
    [InlineData("/du-lieu/*.json", "/data.json", false)]
    [InlineData("/assets/*", "/assets", true)]
    [InlineData("/*", "/", true)]
    [InlineData("/data.json", "/DATA.JSON", true)]
    public void Rules_match_paths_the_way_netlify_does(string rule, string path, bool matches) =>
        Assert.Equal(matches, ForRegex(rule).IsMatch(path));

    private sealed record HeaderRule(Regex For, IReadOnlyDictionary<string, string> Values);

    // Declared after Config, which it reads: static fields are initialised in textual order.
    private static readonly IReadOnlyList<HeaderRule> Rules = ((TomlTableArray)Config["headers"])
        .Select(h => new HeaderRule(
            ForRegex((string)h["for"]),
            ((TomlTable)h["values"]).ToDictionary(v => v.Key, v => (string)v.Value, StringComparer.OrdinalIgnoreCase)))
        .ToList();

    /// <summary>Every value Netlify would send for <paramref name="name"/> on <paramref name="url"/>: one per matching rule.</summary>
    private static IReadOnlyList<string> Effective(string url, string name) =>
        Rules.Where(rule => rule.For.IsMatch(url) && rule.Values.ContainsKey(name)).Select(rule => rule.Values[name]).ToList();

    /// <summary>
    /// A "for" path as Netlify matches it (its headers parser turns each into a regular expression):
    /// case-insensitive, an optional trailing '/', a segment ":name" matches one segment, a segment "*"
    /// matches the rest of the path (nothing included), and a '*' inside a segment matches any characters,
    /// '/' included. Other characters match themselves.
    /// </summary>
    private static Regex ForRegex(string forPath)
    {
        var segments = forPath.Split('/').Select(s => s.TrimEnd()).Where(s => s.Length > 0).Select(segment =>
            segment.StartsWith(':') ? "([^/]+)"
            : segment == "*" ? "?(.*)"
            : string.Join("(.*)", segment.Split('*').Select(Regex.Escape)));
        return new Regex($"^/{string.Join('/', segments)}/?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }
}
