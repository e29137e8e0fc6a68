using System.Globalization;
using NetTopologySuite.Geometries;
using NetTopologySuite.Precision;

namespace HaiPhongUrban.Portal.Sections.Planning.Geography;

/// <summary>
/// Rounds WGS84 coordinates to 7 decimals, about 1 cm on the ground: finer than any plan is drawn, and
/// what the published boundary carries (RFC 7946 advises against needless digits). Rounding alone could
/// fold a narrow spike onto itself; NetTopologySuite's <see cref="GeometryPrecisionReducer"/> snaps to the
/// 10⁻⁷ grid and repairs what the snapping broke, so the result is still a valid Polygon or MultiPolygon.
/// </summary>
public static class RoundTo7Decimals
{
    /// <summary>The grid of 10⁻⁷ degrees.</summary>
    public static readonly PrecisionModel Grid = new(10_000_000d);

    /// <summary>A rounded copy of <paramref name="geometry"/>; parts that collapse to nothing are dropped.</summary>
    public static Geometry Apply(Geometry geometry) => GeometryPrecisionReducer.Reduce(geometry, Grid);

    /// <summary>A degree value with exactly 7 decimals, as the vertex table and links show it ("106.6500000").</summary>
    public static string Format(double degrees) => Math.Round(degrees, 7, MidpointRounding.AwayFromZero).ToString("F7", CultureInfo.InvariantCulture);
}
