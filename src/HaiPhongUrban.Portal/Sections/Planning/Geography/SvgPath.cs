using System.Globalization;
using System.Text;
using NetTopologySuite.Geometries;

namespace HaiPhongUrban.Portal.Sections.Planning.Geography;

/// <summary>
/// The <c>d</c> of an SVG path drawing a Polygon or MultiPolygon in a <see cref="MapFrame"/>: each ring a
/// sub-path <c>M x y L x y … Z</c> (Z closes it, so the ring's repeated first point is left out), holes
/// included as sub-paths of their own, which the theme fills with <c>fill-rule: evenodd</c> so they show as
/// holes. Coordinates are rounded to 0.1 user unit (a tenth of a pixel at the usual size) and written without
/// a trailing ".0"; a point that rounds onto the one before it is dropped, since it draws nothing.
/// </summary>
public static class SvgPath
{
    public static string Of(Geometry geometry, MapFrame frame)
    {
        var d = new StringBuilder();
        for (var p = 0; p < geometry.NumGeometries; p++)
        {
            if (geometry.GetGeometryN(p) is not Polygon polygon)
            {
                continue;
            }

            Ring(d, polygon.ExteriorRing, frame);
            for (var h = 0; h < polygon.NumInteriorRings; h++)
            {
                Ring(d, polygon.GetInteriorRingN(h), frame);
            }
        }

        return d.ToString();
    }

    private static void Ring(StringBuilder d, LineString ring, MapFrame frame)
    {
        string? last = null;
        for (var i = 0; i < ring.NumPoints - 1; i++)
        {
            var (x, y) = frame.Project(ring.GetCoordinateN(i).X, ring.GetCoordinateN(i).Y);
            var point = $"{Number(x)} {Number(y)}";
            if (point == last)
            {
                continue;
            }

            d.Append(last is null ? (d.Length == 0 ? "M" : " M") : " L").Append(point);
            last = point;
        }

        d.Append(" Z");
    }

    /// <summary>One decimal at most, "." always, no "-0".</summary>
    private static string Number(double value)
    {
        var rounded = Math.Round(value, 1, MidpointRounding.AwayFromZero);
        return (rounded == 0 ? 0 : rounded).ToString("0.#", CultureInfo.InvariantCulture);
    }
}
