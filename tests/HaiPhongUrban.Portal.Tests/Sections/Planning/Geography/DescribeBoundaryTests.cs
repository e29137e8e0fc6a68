using System.Globalization;
using HaiPhongUrban.Portal.Sections.Planning.Geography;

namespace HaiPhongUrban.Portal.Tests.Sections.Planning.Geography;

public sealed class DescribeBoundaryTests
{
    private static BoundaryReading Read(string coordinates, string type = "Polygon", string crs = "EPSG:4326")
    {
        var reading = ReadBoundary.Run($"{{\"type\": \"{type}\", \"coordinates\": {coordinates}}}", "/site/content", "quy-hoach/thu/ranh-gioi.geojson", crs);
        Assert.True(reading.Succeeded);
        return reading;
    }

    /// <summary>A circle of <paramref name="corners"/> corners round (20.85 N, 106.65 E), 0.05° across, as GeoJSON.</summary>
    private static string Circle(int corners)
    {
        var points = Enumerable.Range(0, corners).Append(0)
            .Select(i => 2 * Math.PI * i / corners)
            .Select(a => string.Create(CultureInfo.InvariantCulture, $"[{106.65 + 0.05 * Math.Cos(a):F7}, {20.85 + 0.05 * Math.Sin(a):F7}]"));
        return $"[[{string.Join(", ", points)}]]";
    }

    [Fact]
    public void A_square_has_its_box_an_inside_centre_four_corners_and_a_link_at_its_centre()
    {
        var facts = DescribeBoundary.Run(Read("[[[106.6, 20.8], [106.7, 20.8], [106.7, 20.9], [106.6, 20.9], [106.6, 20.8]]]"));

        Assert.Equal(new BoundingBox(106.6, 20.8, 106.7, 20.9), facts.Box);
        Assert.Equal((20.85, 106.65), (facts.CentreLatitude, facts.CentreLongitude));
        Assert.Equal(4, facts.VertexCount);
        Assert.False(facts.Vertices.Simplified);
        Assert.Equal(["106.6000000 20.8000000", "106.7000000 20.8000000", "106.7000000 20.9000000", "106.6000000 20.9000000"],
            facts.Vertices.Rows.Select(r => $"{r.Longitude} {r.Latitude}"));
        Assert.Equal(12, facts.Zoom);
        Assert.Equal("https://www.openstreetmap.org/?mlat=20.8500000&mlon=106.6500000#map=12/20.8500000/106.6500000", facts.OpenStreetMapUrl);
    }

    [Fact]
    public void The_centre_of_an_l_shape_lies_inside_it_where_its_centroid_would_not()
    {
        // An L with long thin arms: its centroid is in the empty corner.
        var reading = Read("[[[106.0, 20.0], [107.0, 20.0], [107.0, 20.1], [106.1, 20.1], [106.1, 21.0], [106.0, 21.0], [106.0, 20.0]]]");
        var facts = DescribeBoundary.Run(reading);

        Assert.False(reading.Wgs84!.Contains(reading.Wgs84.Centroid));
        Assert.True(reading.Wgs84.Contains(reading.Wgs84.Factory.CreatePoint(new NetTopologySuite.Geometries.Coordinate(facts.CentreLongitude, facts.CentreLatitude))));
    }

    [Fact]
    public void A_boundary_of_many_corners_is_listed_simplified_to_at_most_50_saying_from_how_many()
    {
        var facts = DescribeBoundary.Run(Read(Circle(400)));

        Assert.Equal(400, facts.VertexCount);
        Assert.True(facts.Vertices.Simplified);
        Assert.Equal(400, facts.Vertices.OriginalCount);
        Assert.InRange(facts.Vertices.Rows.Count, 40, DescribeBoundary.MaxVertices); // near the limit, not far under it
    }

    [Fact]
    public void A_boundary_of_50_corners_is_listed_whole()
    {
        var facts = DescribeBoundary.Run(Read(Circle(50)));

        Assert.False(facts.Vertices.Simplified);
        Assert.Equal(50, facts.Vertices.Rows.Count);
    }

    [Fact]
    public void A_vn2000_boundary_lists_the_dossiers_own_metres_beside_the_degrees()
    {
        var facts = DescribeBoundary.Run(Read("[[[593463.965, 2306609.777], [594463.965, 2306609.777], [594463.965, 2307609.777], [593463.965, 2306609.777]]]", crs: "EPSG:9210"));

        var first = facts.Vertices.Rows[0];
        Assert.Equal(("593463.965", "2306609.777", "106.6500000", "20.8500000"), (first.Easting, first.Northing, first.Longitude, first.Latitude));
        Assert.Equal("EPSG:9210", facts.Crs);
        Assert.Equal(3, facts.VertexCount);
    }

    [Theory]
    [InlineData(1.2, 0.6, 9)]    // the whole city
    [InlineData(0.1, 0.1, 12)]   // a district
    [InlineData(0.01, 0.01, 16)] // a few streets
    [InlineData(0, 0, 18)]
    public void The_zoom_fits_the_box(double width, double height, int zoom) =>
        Assert.Equal(zoom, DescribeBoundary.ZoomFor(new BoundingBox(106.6, 20.8, 106.6 + width, 20.8 + height)));
}
