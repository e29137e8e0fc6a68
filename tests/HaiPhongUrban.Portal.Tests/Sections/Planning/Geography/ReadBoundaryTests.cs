using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Sections.Planning.Geography;
using NetTopologySuite.Geometries;

namespace HaiPhongUrban.Portal.Tests.Sections.Planning.Geography;

/// <summary>Boundary files, good and broken, each written here; every problem asserted by kind, line and column.</summary>
public sealed class ReadBoundaryTests
{
    private const string Root = "/site/content";
    private const string File = "quy-hoach/thu/ranh-gioi.geojson";

    /// <summary>A square of 0.1° over Hải Phòng, as GeoJSON writes it (longitude first).</summary>
    private const string Square = "[[[106.6, 20.8], [106.7, 20.8], [106.7, 20.9], [106.6, 20.9], [106.6, 20.8]]]";

    private static BoundaryReading Read(string json, string crs = "EPSG:4326") => ReadBoundary.Run(json, Root, File, crs);

    private static Diagnostic Single(BoundaryReading reading)
    {
        Assert.Null(reading.Wgs84);
        return Assert.Single(reading.Problems);
    }

    private static void AssertAt(Diagnostic problem, Message message, int line, int column)
    {
        Assert.Equal(message.Code, problem.Message.Code);
        Assert.Equal(Path.Combine(Root, File), problem.Location.FilePath);
        Assert.Equal((line, column), (problem.Location.Line, problem.Location.Column));
    }

    // ── Accepted ─────────────────────────────────────────────────────────────────────────────────
    [Theory]
    [InlineData("{\"type\": \"Polygon\", \"coordinates\": " + Square + "}")]
    [InlineData("{\"type\": \"Feature\", \"properties\": {\"ten\": \"Khu A\"}, \"geometry\": {\"type\": \"Polygon\", \"coordinates\": " + Square + "}}")]
    [InlineData("{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\", \"properties\": null, \"geometry\": {\"type\": \"Polygon\", \"coordinates\": " + Square + "}}]}")]
    [InlineData("{\"type\": \"MultiPolygon\", \"coordinates\": [" + Square + "]}")]
    [InlineData("\uFEFF{\"type\": \"Polygon\", \"coordinates\": " + Square + "}")] // saved with a byte-order mark
    public void A_bare_geometry_a_feature_and_a_feature_collection_are_read(string json)
    {
        var reading = Read(json);

        Assert.True(reading.Succeeded, string.Join("; ", reading.Problems.Select(p => p.Text(UiLanguage.English))));
        Assert.Equal(0.01, reading.Wgs84!.Area, 9);
        Assert.Equal(new Envelope(106.6, 106.7, 20.8, 20.9), reading.Wgs84.EnvelopeInternal);
        Assert.Equal(4326, reading.Wgs84.SRID);
    }

    [Fact]
    public void A_feature_collection_of_parts_apart_is_one_multipolygon_and_of_adjacent_parts_one_polygon()
    {
        static string Feature(double west) =>
            $"{{\"type\": \"Feature\", \"properties\": {{}}, \"geometry\": {{\"type\": \"Polygon\", \"coordinates\": [[[{west}, 20.8], [{west + 0.1}, 20.8], [{west + 0.1}, 20.9], [{west}, 20.9], [{west}, 20.8]]]}}}}";

        var apart = Read($"{{\"type\": \"FeatureCollection\", \"features\": [{Feature(106.3)}, {Feature(106.6)}]}}");
        var adjacent = Read($"{{\"type\": \"FeatureCollection\", \"features\": [{Feature(106.5)}, {Feature(106.6)}]}}");

        Assert.Equal(2, Assert.IsType<MultiPolygon>(apart.Wgs84).NumGeometries);
        Assert.Equal(new Envelope(106.5, 106.7, 20.8, 20.9), Assert.IsType<Polygon>(adjacent.Wgs84).EnvelopeInternal);
    }

    [Fact]
    public void A_vn2000_boundary_is_published_in_wgs84_degrees_rounded_to_7_decimals()
    {
        // PROJ's EPSG:9210 corners of (20.85 N, 106.65 E) and (20.73 N, 107.05 E), and two more between.
        const string json = """
            {"type": "Polygon", "coordinates": [[
              [593463.965, 2306609.777], [635202.059, 2306609.777], [635202.059, 2293607.396],
              [593463.965, 2293607.396], [593463.965, 2306609.777]]]}
            """;

        var reading = Read(json, "EPSG:9210");

        Assert.True(reading.Succeeded, string.Join("; ", reading.Problems.Select(p => p.Text(UiLanguage.English))));
        Assert.Equal(593463.965, reading.Declared!.Coordinates[0].X);
        var corner = reading.Wgs84!.Coordinates.First(c => c.Y > 20.84 && c.X < 106.66);
        Assert.Equal((106.65, 20.85), (corner.X, corner.Y));
        Assert.All(reading.Wgs84.Coordinates, c =>
        {
            Assert.Equal(Math.Round(c.X, 7), c.X);
            Assert.Equal(Math.Round(c.Y, 7), c.Y);
        });
    }

    [Fact]
    public void Rounding_to_7_decimals_keeps_the_boundary_a_valid_polygon()
    {
        const string json = "{\"type\": \"Polygon\", \"coordinates\": [[[106.612345678, 20.812345678], [106.712345678, 20.812345674], [106.712345678, 20.912345678], [106.612345678, 20.912345678], [106.612345678, 20.812345678]]]}";

        var wgs84 = Read(json).Wgs84!;

        Assert.True(wgs84.IsValid);
        Assert.Contains(new Coordinate(106.6123457, 20.8123457), wgs84.Coordinates);
        Assert.Equal(5, wgs84.NumPoints);
        Assert.Equal("106.6123457", RoundTo7Decimals.Format(106.612345678));
    }

    // ── The declared system ──────────────────────────────────────────────────────────────────────
    [Fact]
    public void An_unknown_system_is_reported_where_the_plan_declares_it_listing_the_supported_ones()
    {
        var declaredAt = new SourceLocation("/site/content/quy-hoach/thu/plan.yml", 7, 6);

        var reading = ReadBoundary.Run("{\"type\": \"Polygon\", \"coordinates\": " + Square + "}", Root, File, "EPSG:3405", declaredAt);

        var problem = Single(reading);
        Assert.Equal(GeographyMessages.CrsUnknown.Code, problem.Message.Code);
        Assert.Equal(declaredAt, problem.Location);
        Assert.Equal("EPSG:3405", problem.Arguments[0]);
        Assert.Contains("EPSG:4326, ", problem.Arguments[1]);
        Assert.Contains("EPSG:9209", problem.Arguments[1]);
        Assert.Contains("EPSG:9210", problem.Arguments[1]);
    }

    [Fact]
    public void A_file_stating_another_system_than_the_plan_is_reported_at_its_crs_member()
    {
        const string json = """
            {"type": "FeatureCollection",
             "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::9209"}},
             "features": [{"type": "Feature", "properties": {}, "geometry": {"type": "Polygon", "coordinates": [[
               [593000, 2306000], [594000, 2306000], [594000, 2307000], [593000, 2307000], [593000, 2306000]]]}}]}
            """;

        var mismatch = Single(Read(json, "EPSG:9210"));
        var agreeing = Read(json.Replace("9209", "9210", StringComparison.Ordinal), "EPSG:9210");
        var crs84 = Read("{\"type\": \"Polygon\", \"crs\": {\"type\": \"name\", \"properties\": {\"name\": \"urn:ogc:def:crs:OGC:1.3:CRS84\"}}, \"coordinates\": " + Square + "}");

        AssertAt(mismatch, GeographyMessages.CrsMismatch, 2, 49);
        Assert.Equal(["EPSG:9209", "EPSG:9210"], mismatch.Arguments);
        Assert.True(agreeing.Succeeded);
        Assert.True(crs84.Succeeded);
    }

    // ── The file ─────────────────────────────────────────────────────────────────────────────────
    [Fact]
    public void Text_that_is_not_json_is_reported_where_it_stops_being_json()
    {
        const string json = "{\n  \"type\": \"Polygon\",\n  \"coordinates\": [[[106.6, 20.8] [106.7, 20.8]]]\n}";

        AssertAt(Single(Read(json)), GeographyMessages.NotJson, 3, 34);
    }

    [Fact]
    public void Json_without_a_geojson_type_is_not_geojson()
    {
        var problem = Single(Read("{\"features\": []}"));

        AssertAt(problem, GeographyMessages.NotGeoJson, 1, 1);
        Assert.Equal(["type"], problem.Arguments);
    }

    [Fact]
    public void A_misspelt_type_is_named()
    {
        var problem = Single(Read("{\n  \"type\": \"Polgon\",\n  \"coordinates\": " + Square + "\n}"));

        AssertAt(problem, GeographyMessages.TypeUnknown, 2, 11);
        Assert.Equal(["Polgon"], problem.Arguments);
    }

    [Fact]
    public void A_line_is_not_a_polygon_and_the_message_says_what_it_is()
    {
        var problem = Single(Read("{\"type\": \"Feature\", \"properties\": {},\n \"geometry\": {\"type\": \"LineString\", \"coordinates\": [[106.6, 20.8], [106.7, 20.8]]}}"));

        AssertAt(problem, GeographyMessages.NotPolygon, 2, 23);
        Assert.Equal(["LineString"], problem.Arguments);
        Assert.Contains("this is LineString", problem.Text(UiLanguage.English));
    }

    [Fact]
    public void A_position_that_is_not_two_numbers_is_reported_at_it()
    {
        AssertAt(Single(Read("{\"type\": \"Polygon\", \"coordinates\": [[[106.6, 20.8], [106.7], [106.7, 20.9], [106.6, 20.9], [106.6, 20.8]]]}")),
            GeographyMessages.PositionInvalid, 1, 53);
    }

    // ── Rings ────────────────────────────────────────────────────────────────────────────────────
    [Fact]
    public void A_ring_not_closed_is_reported_at_its_last_position_quoting_both_ends()
    {
        const string json = """
            {"type": "Polygon", "coordinates": [[
              [106.6, 20.8],
              [106.7, 20.8],
              [106.7, 20.9],
              [106.6, 20.9]
            ]]}
            """;

        var problem = Single(Read(json));

        AssertAt(problem, GeographyMessages.RingNotClosed, 5, 3);
        Assert.Equal(["106.6, 20.8", "106.6, 20.9"], problem.Arguments);
    }

    [Fact]
    public void A_ring_of_fewer_than_4_positions_is_reported_at_the_ring()
    {
        var problem = Single(Read("{\"type\": \"Polygon\", \"coordinates\": [[[106.6, 20.8], [106.7, 20.8], [106.6, 20.8]]]}"));

        AssertAt(problem, GeographyMessages.RingTooShort, 1, 37);
        Assert.Equal(["3"], problem.Arguments);
    }

    [Fact]
    public void A_boundary_crossing_itself_is_reported_at_the_edge_through_the_crossing_with_its_coordinate()
    {
        // A bow tie: the edges from the first and the third corner cross at (106.65, 20.85).
        const string json = """
            {"type": "Polygon", "coordinates": [[
              [106.6, 20.8], [106.7, 20.9], [106.7, 20.8], [106.6, 20.9], [106.6, 20.8]
            ]]}
            """;

        var problem = Single(Read(json));

        AssertAt(problem, GeographyMessages.SelfIntersecting, 2, 3);
        Assert.Equal(["106.6500000, 20.8500000", "EPSG:4326"], problem.Arguments);
    }

    [Fact]
    public void A_crossing_in_vn2000_is_said_in_metres()
    {
        const string json = """
            {"type": "Polygon", "coordinates": [[
              [593000, 2306000], [594000, 2307000], [594000, 2306000], [593000, 2307000], [593000, 2306000]]]}
            """;

        var problem = Single(Read(json, "EPSG:9210"));

        AssertAt(problem, GeographyMessages.SelfIntersecting, 2, 3);
        Assert.Equal(["593500.000, 2306500.000", "EPSG:9210"], problem.Arguments);
    }

    // ── Coordinates that do not fit the declared system ─────────────────────────────────────────
    [Fact]
    public void Degrees_declared_as_vn2000_are_recognised()
    {
        var problem = Single(Read("{\"type\": \"Polygon\", \"coordinates\": " + Square + "}", "EPSG:9210"));

        AssertAt(problem, GeographyMessages.DegreesAsVn2000, 1, 38);
        Assert.Equal(["106.6, 20.8", "EPSG:9210"], problem.Arguments);
        Assert.Contains("crs: EPSG:4326", problem.Text(UiLanguage.English));
    }

    [Fact]
    public void Metres_declared_as_degrees_are_recognised()
    {
        var problem = Single(Read("{\"type\": \"Polygon\", \"coordinates\": [[[593000, 2306000], [594000, 2306000], [594000, 2307000], [593000, 2307000], [593000, 2306000]]]}"));

        AssertAt(problem, GeographyMessages.MetresAsDegrees, 1, 38);
        Assert.Contains("EPSG:9210", problem.Text(UiLanguage.Vietnamese));
    }

    [Fact]
    public void Latitude_written_before_longitude_is_recognised()
    {
        var problem = Single(Read("{\"type\": \"Polygon\", \"coordinates\": [[[20.8, 106.6], [20.8, 106.7], [20.9, 106.7], [20.9, 106.6], [20.8, 106.6]]]}"));

        AssertAt(problem, GeographyMessages.LatitudeFirst, 1, 38);
    }

    [Fact]
    public void Vn2000_northing_written_before_easting_is_recognised()
    {
        var problem = Single(Read("{\"type\": \"Polygon\", \"coordinates\": [[[2306000, 593000], [2306000, 594000], [2307000, 594000], [2307000, 593000], [2306000, 593000]]]}", "EPSG:9210"));

        AssertAt(problem, GeographyMessages.NorthingFirst, 1, 38);
        Assert.Equal(["2306000, 593000"], problem.Arguments);
    }

    [Fact]
    public void A_feature_collection_with_no_feature_has_no_area() =>
        AssertAt(Single(Read("  {\"type\": \"FeatureCollection\", \"features\": []}")), GeographyMessages.NoPolygon, 1, 3);

    [Fact]
    public void A_multipolygon_with_an_empty_polygon_is_not_geojson() =>
        AssertAt(Single(Read("  {\"type\": \"MultiPolygon\", \"coordinates\": [[]]}")), GeographyMessages.NotGeoJson, 1, 44);

    [Fact]
    public void An_empty_file_is_not_json() => AssertAt(Single(Read("")), GeographyMessages.NotJson, 1, 1);

    [Fact]
    public void A_boundary_outside_vietnam_is_reported_at_its_first_point_outside_with_the_converted_degrees()
    {
        // Bangkok, in degrees; then Hải Phòng's numbers in the wrong zone's easting (5 000 km east).
        var bangkok = Single(Read("{\"type\": \"Polygon\", \"coordinates\": [[[100.5, 13.7], [100.6, 13.7], [100.6, 13.8], [100.5, 13.8], [100.5, 13.7]]]}"));
        var farEast = Single(Read("{\"type\": \"Polygon\", \"coordinates\": [[[5593000, 2306000], [5594000, 2306000], [5594000, 2307000], [5593000, 2307000], [5593000, 2306000]]]}", "EPSG:9210"));

        AssertAt(bangkok, GeographyMessages.OutsideVietnam, 1, 38);
        Assert.Equal(["100.5, 13.7", "EPSG:4326", "100.5000000", "13.7000000"], bangkok.Arguments);
        AssertAt(farEast, GeographyMessages.OutsideVietnam, 1, 38);
    }

    [Fact]
    public void Every_problem_of_a_file_is_reported_at_once()
    {
        const string json = """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "properties": {}, "geometry": {"type": "Polygon", "coordinates": [[[106.6, 20.8], [106.7, 20.8], [106.7, 20.9], [106.6, 20.9]]]}},
              {"type": "Feature", "properties": {}, "geometry": {"type": "Point", "coordinates": [106.6, 20.8]}}
            ]}
            """;

        var reading = Read(json, "VN2000");

        Assert.Null(reading.Wgs84);
        Assert.Equal(
            [(GeographyMessages.CrsUnknown.Code, 1, 1), (GeographyMessages.RingNotClosed.Code, 2, 135), (GeographyMessages.NotPolygon.Code, 3, 62)],
            reading.Problems.Select(p => (p.Message.Code, p.Location.Line, p.Location.Column)));
    }
}
