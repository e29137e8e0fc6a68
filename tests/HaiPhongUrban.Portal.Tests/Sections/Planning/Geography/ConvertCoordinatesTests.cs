using HaiPhongUrban.Portal.Sections.Planning.Geography;
using ProjNet.CoordinateSystems;
using ProjNet.CoordinateSystems.Transformations;
using Xunit.Abstractions;

namespace HaiPhongUrban.Portal.Tests.Sections.Planning.Geography;

/// <summary>
/// ProjNET with the VN-2000 datum shift against PROJ 9.1's answers (<c>cs2cs -f %.4f EPSG:4326 EPSG:92xx</c>),
/// both ways, each error measured in metres on the ground.
/// </summary>
public sealed class ConvertCoordinatesTests(ITestOutputHelper output)
{
    /// <summary>What the portal promises: within 5 cm of PROJ, far below a plan drawing's precision.</summary>
    public const double ToleranceMetres = 0.05;

    [Theory]
    [InlineData("EPSG:9210", 20.8500, 106.6500, 593463.965, 2306609.777)]
    [InlineData("EPSG:9210", 20.7300, 107.0500, 635202.059, 2293607.396)]
    [InlineData("EPSG:9209", 20.9500, 106.3300, 586121.632, 2317641.610)]
    public void Wgs84_to_vn2000_meets_proj(string crs, double lat, double lon, double easting, double northing)
    {
        var (x, y) = ConvertCoordinates.For(CoordinateSystems.Find(crs)!).FromWgs84(lon, lat);

        var error = Math.Sqrt(Math.Pow(x - easting, 2) + Math.Pow(y - northing, 2));
        output.WriteLine($"{crs} ({lat}, {lon}) → E {x:F4} N {y:F4}; PROJ E {easting} N {northing}; error {error:F4} m");
        Assert.True(error < ToleranceMetres, $"{error:F4} m from PROJ");
    }

    [Theory]
    [InlineData("EPSG:9210", 593463.965, 2306609.777, 20.8500, 106.6500)]
    [InlineData("EPSG:9210", 635202.059, 2293607.396, 20.7300, 107.0500)]
    [InlineData("EPSG:9209", 586121.632, 2317641.610, 20.9500, 106.3300)]
    public void Vn2000_to_wgs84_meets_proj(string crs, double easting, double northing, double lat, double lon)
    {
        var (longitude, latitude) = ConvertCoordinates.For(CoordinateSystems.Find(crs)!).ToWgs84(easting, northing);

        var error = GroundDistance(lat, lon, latitude, longitude);
        output.WriteLine($"{crs} E {easting} N {northing} → ({latitude:F9}, {longitude:F9}); PROJ ({lat}, {lon}); error {error:F4} m");
        Assert.True(error < ToleranceMetres, $"{error:F4} m from PROJ");
    }

    [Fact]
    public void The_datum_shift_is_applied_without_it_the_point_would_be_about_224_metres_off()
    {
        var withShift = ConvertCoordinates.For(CoordinateSystems.HaiPhong).FromWgs84(106.65, 20.85);
        var wkt = Vn2000Datum.Wkt(CoordinateSystems.HaiPhong);
        var noShift = new CoordinateSystemFactory().CreateFromWkt(wkt[..wkt.IndexOf("TOWGS84", StringComparison.Ordinal)].TrimEnd().TrimEnd(',') + wkt[(wkt.IndexOf(']', wkt.IndexOf("TOWGS84", StringComparison.Ordinal)) + 1)..]);
        var projectionOnly = new CoordinateTransformationFactory().CreateFromCoordinateSystems(GeographicCoordinateSystem.WGS84, noShift).MathTransform.Transform(106.65, 20.85);

        var moved = Math.Sqrt(Math.Pow(withShift.X - projectionOnly.x, 2) + Math.Pow(withShift.Y - projectionOnly.y, 2));
        output.WriteLine($"without the datum shift: {moved:F2} m away");
        Assert.InRange(moved, 200, 250);
    }

    [Fact]
    public void A_round_trip_comes_back_within_a_centimetre()
    {
        var convert = ConvertCoordinates.For(CoordinateSystems.HaiPhong);
        var (x, y) = convert.FromWgs84(106.65, 20.85);
        var (lon, lat) = convert.ToWgs84(x, y);

        Assert.InRange(GroundDistance(20.85, 106.65, lat, lon), 0, 0.01);
    }

    [Fact]
    public void Wgs84_converts_to_itself()
    {
        Assert.Equal((106.65, 20.85), ConvertCoordinates.For(CoordinateSystems.Wgs84).ToWgs84(106.65, 20.85));
    }

    /// <summary>
    /// The distance in metres between two nearby points, from the WGS84 ellipsoid's radii of curvature at
    /// their latitude: exact to far better than a millimetre over the centimetres measured here.
    /// </summary>
    public static double GroundDistance(double lat1, double lon1, double lat2, double lon2)
    {
        const double a = 6378137, f = 1 / 298.257223563;
        var e2 = f * (2 - f);
        var phi = (lat1 + lat2) / 2 * Math.PI / 180;
        var w = Math.Sqrt(1 - e2 * Math.Sin(phi) * Math.Sin(phi));
        var meridian = a * (1 - e2) / (w * w * w);
        var normal = a / w;
        var north = (lat2 - lat1) * Math.PI / 180 * meridian;
        var east = (lon2 - lon1) * Math.PI / 180 * normal * Math.Cos(phi);
        return Math.Sqrt(north * north + east * east);
    }
}
