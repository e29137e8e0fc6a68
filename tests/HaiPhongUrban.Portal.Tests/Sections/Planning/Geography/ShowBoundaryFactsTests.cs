using HaiPhongUrban.Portal.Sections.Planning.Geography;

namespace HaiPhongUrban.Portal.Tests.Sections.Planning.Geography;

public sealed class ShowBoundaryFactsTests
{
    [Fact]
    public void The_facts_are_written_out_for_the_template_with_the_dossiers_metres_when_there_are_any()
    {
        var reading = ReadBoundary.Run("{\"type\": \"Polygon\", \"coordinates\": [[[593463.965, 2306609.777], [594463.965, 2306609.777], [594463.965, 2307609.777], [593463.965, 2306609.777]]]}",
            "/site/content", "quy-hoach/thu/ranh-gioi.geojson", "EPSG:9210");

        var view = ShowBoundaryFacts.Run(DescribeBoundary.Run(reading), "vi");

        Assert.Equal(("EPSG:9210", "3", true, false), (view.Crs, view.VertexCount, view.HasDeclared, view.Simplified));
        Assert.Equal("106.6500000", view.West);
        Assert.Equal(("593463.965", "2306609.777"), (view.Vertices[0].Easting, view.Vertices[0].Northing));
        Assert.StartsWith("https://www.openstreetmap.org/?mlat=20.85", view.OpenStreetMapUrl, StringComparison.Ordinal);
    }
}
