using HaiPhongUrban.Portal.Model;
using System.Globalization;

namespace HaiPhongUrban.Portal.Tests.Model;

/// <summary>A dataset's extent as every catalogue writes it, from the boxes its files give.</summary>
public sealed class GeoBoxTests
{
    [Fact]
    public void The_union_holds_every_box_and_ignores_files_without_one()
    {
        var union = GeoBox.Union([new GeoBox(106.6, 20.8, 106.75, 20.9), null, new GeoBox(106.95, 20.7, 106.95, 20.7)]);

        Assert.Equal(new GeoBox(106.6, 20.7, 106.95, 20.9), union);
    }

    [Fact]
    public void There_is_no_union_when_no_file_gives_a_box() =>
        Assert.Null(GeoBox.Union([null, null]));

    [Fact]
    public void It_is_written_west_south_east_north_and_as_an_anticlockwise_closed_wkt_ring_whatever_the_culture()
    {
        var before = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("vi-VN"); // a decimal comma, which must not leak in
        try
        {
            var box = new GeoBox(106.4, 20.55, 107.1, 21.0);

            Assert.Equal("106.4,20.55,107.1,21", box.Joined);
            Assert.Equal("POLYGON((106.4 20.55, 107.1 20.55, 107.1 21, 106.4 21, 106.4 20.55))", box.WktPolygon);
            Assert.Equal([106.4, 20.55, 107.1, 21.0], box.Corners);
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Theory]
    [InlineData(107.1, 20.5, 106.4, 21.0)] // west east of east: across the antimeridian, which is refused
    [InlineData(106.4, 21.0, 107.1, 20.5)] // south north of north
    [InlineData(-181, 0, 0, 1)]
    [InlineData(0, -91, 1, 0)]
    [InlineData(0, 0, 181, 1)]
    [InlineData(0, 0, 1, 91)]
    [InlineData(double.NaN, 0, 1, 1)]
    public void A_box_that_is_not_wgs84_west_to_east_and_south_to_north_is_refused(double west, double south, double east, double north) =>
        Assert.Throws<ArgumentException>(() => new GeoBox(west, south, east, north));
}
