using System.Security.Cryptography;
using AngleSharp.Html.Dom;
using HaiPhongUrban.Portal.Sections.Planning.Model;
using HaiPhongUrban.Portal.Tests.Support;

namespace HaiPhongUrban.Portal.Tests.Sections.Planning;

/// <summary>
/// A plan added as staff would (tests/fixtures/planning/: a synthetic zoning plan with a VN-2000
/// boundary, a decision file beside it, published 19 days after approval), built with the real content
/// and a test duty of 15 days for zoning plans written into the real duties file as staff would: its
/// page, the registry and its filter pages, the clock in words, the dataset rows and the document file.
/// </summary>
public sealed class PlanningSiteTests : IDisposable
{
    private const string Slug = "phan-khu-mau";
    private readonly Workspace _workspace = Workspace.Create();

    public PlanningSiteTests()
    {
        _workspace.Overlay(Path.Combine(RepoPaths.Fixtures, "planning"));
        var duties = _workspace.ContentFile("quy-hoach/thoi-han-cong-bo.yml");
        var text = File.ReadAllText(duties);
        Assert.Contains("- types: [general, zoning, detailed]", text, StringComparison.Ordinal);
        File.WriteAllText(duties, text.Replace("- types: [general, zoning, detailed]", "- types: [general, detailed]", StringComparison.Ordinal) + """

            - types: [zoning]
              days: 15
              basis: Căn cứ mẫu cho kiểm thử
              sources:
                - { url: https://example.org/luat, title: Luật mẫu, retrieved: 2026-12-02 }
            """);
        var result = Runs.Build(_workspace);
        Assert.True(result.Succeeded, string.Join('\n', Runs.Errors(result, _workspace.Root)));
    }

    public void Dispose() => _workspace.Dispose();

    private IHtmlDocument Page(string url) => BuiltSite.Parse(BuiltSite.FileOfIn(_workspace.Output, url));

    private string Text(string url) => System.Text.RegularExpressions.Regex.Replace(Page(url).QuerySelector("main")!.TextContent, @"\s+", " ");

    /// <summary>The value the page's list of facts gives for a label.</summary>
    private string Fact(string url, string label) =>
        Page(url).QuerySelectorAll("dl.facts > div").Single(d => d.QuerySelector("dt")!.TextContent == label).QuerySelector("dd")!.TextContent.Trim();

    [Fact]
    public void The_plan_page_gives_every_fact_with_the_decision_linked_and_the_clock_in_words()
    {
        var page = Page(PlanRoutes.Plan(Slug));
        var text = Text(PlanRoutes.Plan(Slug));

        Assert.Equal("Quy hoạch phân khu mẫu (kiểm thử)", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("Công bố sau 19 ngày, quá thời hạn 15 ngày 4 ngày.", text, StringComparison.Ordinal);
        Assert.Contains("Căn cứ: Căn cứ mẫu cho kiểm thử", text, StringComparison.Ordinal);
        Assert.Equal("1/2000", Fact(PlanRoutes.Plan(Slug), "Tỷ lệ"));
        Assert.Equal("85,5 ha", Fact(PlanRoutes.Plan(Slug), "Diện tích"));
        Assert.Equal("MAU-PK-01", Fact(PlanRoutes.Plan(Slug), "Mã hồ sơ"));
        Assert.Contains("99/QĐ-UBND", text, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("main a[href='/van-ban/nghi-quyet-04-nq-tu/']"));
        Assert.NotNull(page.QuerySelector("main a[href='/quy-hoach/dieu-chinh-quy-hoach-chung-2040/']"));
        Assert.Equal(["2021-06-01", "2023-03-30", "2023-04-18"], page.QuerySelectorAll("#lich-su ~ ol time").Select(t => t.GetAttribute("datetime")));
        Assert.NotNull(page.QuerySelector("main a[href='https://quyhoach.haiphong.gov.vn/']"));
    }

    [Fact]
    public void A_fact_no_source_gives_is_shown_as_not_yet_published()
    {
        var url = PlanRoutes.Plan("quy-hoach-thanh-pho-2021-2030");
        var text = Text(url);

        Assert.Equal("Chưa công bố", Fact(url, "Tỷ lệ"));
        Assert.Equal("Chưa công bố", Fact(url, "Diện tích"));
        Assert.Equal("2030", Fact(url, "Thời hạn quy hoạch"));
        Assert.Contains("Chưa ghi nhận ngày công bố quy hoạch (thời hạn 15 ngày).", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_decision_file_beside_plan_yml_is_published_with_its_size_and_sha256_and_listed_in_SHA256SUMS()
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepoPaths.Fixtures, "planning", "quy-hoach", Slug, "quyet-dinh.txt"));
        var published = BuiltSite.FileOfIn(_workspace.Output, PlanRoutes.DocumentFile(Slug, "quyet-dinh.txt"));

        Assert.Equal(bytes, File.ReadAllBytes(published));
        var row = Page(PlanRoutes.Plan(Slug)).QuerySelectorAll("#tai-lieu ~ div tbody tr").First();
        Assert.Contains(Convert.ToHexStringLower(SHA256.HashData(bytes)), row.TextContent, StringComparison.Ordinal);
        Assert.Contains($"{bytes.Length} B", row.TextContent, StringComparison.Ordinal);

        // A download like the data: the root checksum list has it, with its path from the root.
        var checksums = File.ReadAllLines(Path.Combine(_workspace.Output, "SHA256SUMS"));
        Assert.Contains($"{Convert.ToHexStringLower(SHA256.HashData(bytes))}  {PlanRoutes.DocumentFile(Slug, "quyet-dinh.txt")[1..]}", checksums);
    }

    [Fact]
    public void The_registry_counts_the_clock_and_every_filter_page_exists_even_empty()
    {
        var registry = Text(PlanRoutes.Registry);

        Assert.Contains("3 đồ án trong sổ 0 công bố đúng hạn 1 công bố quá hạn 1 chưa ghi nhận ngày công bố 1 chưa xét được", registry, StringComparison.Ordinal);
        foreach (var (type, _) in PlanVocabulary.Types)
        {
            Assert.True(File.Exists(BuiltSite.FileOfIn(_workspace.Output, PlanRoutes.ByType(type))), type);
        }

        foreach (var (status, _) in PlanVocabulary.Statuses)
        {
            Assert.True(File.Exists(BuiltSite.FileOfIn(_workspace.Output, PlanRoutes.ByStatus(status))), status);
        }

        Assert.Contains("Chưa có đồ án nào trong mục này.", Text(PlanRoutes.ByType("regional")), StringComparison.Ordinal);
        Assert.Equal(["/quy-hoach/phan-khu-mau/"], Page(PlanRoutes.ByType("zoning")).QuerySelectorAll(".dataset-card h3 a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void The_plans_dataset_has_a_row_per_plan_with_its_days_to_publication()
    {
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(BuiltSite.FileOfIn(_workspace.Output, "/du-lieu/quy-hoach/quy-hoach.json")));
        var rows = json.RootElement.EnumerateArray().ToList();
        var row = rows.Single(r => r.GetProperty("slug").GetString() == Slug);

        Assert.Equal(3, rows.Count);
        Assert.Equal(19, row.GetProperty("days_to_publication").GetInt32());
        Assert.Equal(15, row.GetProperty("publication_duty_days").GetInt32());
        Assert.Equal("late", row.GetProperty("publication_verdict").GetString());
        Assert.True(row.GetProperty("has_boundary").GetBoolean());
        var events = File.ReadAllLines(BuiltSite.FileOfIn(_workspace.Output, "/du-lieu/quy-hoach/lich-su-quy-hoach.csv"));
        Assert.Equal(3, events.Count(l => l.StartsWith(Slug + ",", StringComparison.Ordinal)));
    }

    /// <summary>
    /// The fixture's corners, given in VN-2000 (EPSG:9210), as PROJ converts them:
    /// <c>cs2cs -f %.9f EPSG:9210 EPSG:4326</c> (Debian proj-bin 9), latitude then longitude.
    /// </summary>
    private static readonly (double Latitude, double Longitude)[] ProjCorners =
    [
        (20.847305520, 106.647101436), (20.847275222, 106.652866351), (20.850877881, 106.654809591),
        (20.853612805, 106.650021504), (20.851821531, 106.647128212),
    ];

    [Fact]
    public void The_boundaries_download_is_rfc7946_geojson_in_wgs84_within_5_cm_of_proj()
    {
        var url = "/du-lieu/quy-hoach/ranh-gioi-quy-hoach.geojson";
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(BuiltSite.FileOfIn(_workspace.Output, url)));
        var feature = Assert.Single(json.RootElement.GetProperty("features").EnumerateArray());
        var ring = feature.GetProperty("geometry").GetProperty("coordinates")[0].EnumerateArray().Select(p => (Longitude: p[0].GetDouble(), Latitude: p[1].GetDouble())).ToList();

        Assert.Equal("FeatureCollection", json.RootElement.GetProperty("type").GetString());
        Assert.False(json.RootElement.TryGetProperty("crs", out _));
        Assert.Equal("Polygon", feature.GetProperty("geometry").GetProperty("type").GetString());
        Assert.Equal(Slug, feature.GetProperty("properties").GetProperty("slug").GetString());
        Assert.Equal(ring[0], ring[^1]);
        Assert.True(SignedArea(ring) > 0, "RFC 7946: the exterior ring is counter-clockwise");
        Assert.All(ring, p => Assert.True(Decimals(p.Longitude) <= 7 && Decimals(p.Latitude) <= 7, $"{p} has more than 7 decimals"));
        foreach (var corner in ProjCorners)
        {
            var nearest = ring.Min(p => Metres(p, corner));
            Assert.True(nearest < 0.05, $"PROJ's corner {corner} is {nearest:F3} m from the nearest published corner");
        }

        Assert.Equal(ProjCorners.Length + 1, ring.Count);
    }

    [Fact]
    public void The_plan_page_draws_its_map_with_a_text_alternative_and_lists_its_corners()
    {
        var page = Page(PlanRoutes.Plan(Slug));
        var svg = page.QuerySelector("figure.plan-map svg")!;

        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Equal("Quy hoạch phân khu mẫu (kiểm thử)", svg.QuerySelector("title")!.TextContent);
        var description = svg.QuerySelector("desc")!.TextContent;
        Assert.Contains("106.6471014–106.6548096° Đông", description, StringComparison.Ordinal);
        Assert.Contains("5 đỉnh", description, StringComparison.Ordinal);
        Assert.Contains("85,5 ha", description, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("[style]"));
        Assert.Equal(5, page.QuerySelectorAll("#dinh-ranh-gioi ~ div tbody tr").Length);
        Assert.Contains(page.QuerySelectorAll("#dinh-ranh-gioi ~ div tbody td"), td => td.TextContent == "593463.965");
        Assert.StartsWith("https://www.openstreetmap.org/?mlat=20.8", page.QuerySelector("main a[href^='https://www.openstreetmap.org/']")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_registry_draws_every_boundary_as_a_named_link_outside_any_image()
    {
        var registry = Page(PlanRoutes.Registry);
        var link = Assert.Single(registry.QuerySelectorAll("svg.plans-overview-map a"));

        Assert.Equal(PlanRoutes.Plan(Slug), link.GetAttribute("href"));
        Assert.Equal("Quy hoạch phân khu mẫu (kiểm thử)", link.GetAttribute("aria-label"));
        Assert.Null(registry.QuerySelector("svg.plans-overview-map")!.Closest("[role=img]"));
        Assert.NotNull(registry.QuerySelector("a[href='/du-lieu/quy-hoach/ranh-gioi-quy-hoach.geojson']"));
    }

    [Fact]
    public void The_catalogues_give_the_registry_dataset_the_boundaries_extent()
    {
        using var pod = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(BuiltSite.FileOfIn(_workspace.Output, "/data.json")));
        var dataset = pod.RootElement.GetProperty("dataset").EnumerateArray().Single(d => d.GetProperty("title").GetString() == "Danh mục quy hoạch");

        Assert.Equal("106.6471014,20.8472752,106.6548096,20.8536128", dataset.GetProperty("spatial").GetString());
        Assert.Contains(dataset.GetProperty("distribution").EnumerateArray(), d => d.GetProperty("mediaType").GetString() == "application/geo+json");
    }

    private static double SignedArea(IReadOnlyList<(double Longitude, double Latitude)> ring) =>
        ring.Zip(ring.Skip(1)).Sum(e => (e.First.Longitude * e.Second.Latitude) - (e.Second.Longitude * e.First.Latitude)) / 2;

    private static int Decimals(double value)
    {
        var text = value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        return text.Contains('.') ? text.Length - text.IndexOf('.') - 1 : 0;
    }

    /// <summary>Ground distance between two close points, in metres (a local flat approximation, exact to well under a millimetre at these distances).</summary>
    private static double Metres((double Longitude, double Latitude) a, (double Latitude, double Longitude) b)
    {
        const double MetresPerDegree = 111_320;
        var dy = (a.Latitude - b.Latitude) * 110_574;
        var dx = (a.Longitude - b.Longitude) * MetresPerDegree * Math.Cos(b.Latitude * Math.PI / 180);
        return Math.Sqrt((dx * dx) + (dy * dy));
    }

    [Fact]
    public void Plans_are_in_search_the_menu_and_the_home_page()
    {
        var index = Directory.GetFiles(Path.Combine(_workspace.Output, "tim-kiem"), "chi-muc.*.json").Single();

        Assert.Contains(PublishedSearch.Entries(_workspace.Output, index), e => e.Url.StartsWith("/quy-hoach/phan-khu-mau/", StringComparison.Ordinal));
        Assert.NotNull(Page("/").QuerySelector(".site-nav a[href='/quy-hoach/']"));
        Assert.NotNull(Page("/").QuerySelector("main a[href='/quy-hoach/']"));
    }
}
