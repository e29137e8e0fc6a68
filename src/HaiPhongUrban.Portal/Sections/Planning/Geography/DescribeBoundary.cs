using System.Globalization;
using NetTopologySuite.Geometries;
using NetTopologySuite.Simplify;

namespace HaiPhongUrban.Portal.Sections.Planning.Geography;

/// <summary>
/// Works out the facts of a read boundary (<see cref="BoundaryFacts"/>). The centre is NetTopologySuite's
/// <c>InteriorPoint</c>, not the centroid: the centroid of an L-shaped plan, a ring of land round a lake or
/// a plan of several islands can fall outside it, in the sea or in a neighbouring plan, and the link "see it
/// on the map" must land on the plan itself.
/// </summary>
public static class DescribeBoundary
{
    /// <summary>The most corners a vertex table lists.</summary>
    public const int MaxVertices = 50;

    /// <summary>The facts of <paramref name="reading"/>, which must have succeeded.</summary>
    public static BoundaryFacts Run(BoundaryReading reading)
    {
        if (!reading.Succeeded)
        {
            throw new ArgumentException("Only a boundary read without problems has facts.", nameof(reading));
        }

        var wgs84 = reading.Wgs84!;
        var envelope = wgs84.EnvelopeInternal;
        var box = new BoundingBox(envelope.MinX, envelope.MinY, envelope.MaxX, envelope.MaxY);
        var centre = wgs84.InteriorPoint;
        var (lat, lon) = (Math.Round(centre.Y, 7), Math.Round(centre.X, 7));
        var zoom = ZoomFor(box);
        var (mlat, mlon) = (RoundTo7Decimals.Format(lat), RoundTo7Decimals.Format(lon));
        var url = string.Create(CultureInfo.InvariantCulture, $"https://www.openstreetmap.org/?mlat={mlat}&mlon={mlon}#map={zoom}/{mlat}/{mlon}");
        return new(reading.System!.Code, box, lat, lon, CountVertices(wgs84), Table(reading.Declared!, reading.System), zoom, url);
    }

    /// <summary>Corners of every ring, the closing repeat of each not counted.</summary>
    public static int CountVertices(Geometry geometry) => Rings(geometry).Sum(r => r.Ring.NumPoints - 1);

    /// <summary>
    /// The zoom at which a 768-pixel-wide view of OpenStreetMap's 256-pixel tiles holds the box with a
    /// quarter to spare: the view spans 1080 / 2^z degrees of longitude, and a degree of latitude is
    /// 1 / cos(latitude) times taller in its Mercator projection. Between 2 (a country) and 18 (a house).
    /// </summary>
    public static int ZoomFor(BoundingBox box)
    {
        var span = Math.Max(box.Width, box.Height / Math.Cos(box.MidLatitude * Math.PI / 180));
        return span <= 0 ? 18 : Math.Clamp((int)Math.Floor(Math.Log2(1080 / (1.25 * span))), 2, 18);
    }

    /// <summary>
    /// The corners for the table, from the declared geometry (so VN-2000 numbers are the dossier's own),
    /// simplified with <see cref="TopologyPreservingSimplifier"/> when there are too many: it never lets
    /// rings cross or vanish. Its tolerance doubles from a thousandth of the box's diagonal until at most
    /// <see cref="MaxVertices"/> corners remain, or the tolerance is the whole diagonal (a boundary of very
    /// many rings keeps at least three corners each, and is then listed as simplified as far as it goes), then
    /// narrows it down so that as close to 50 corners as the simplifier allows remain.
    /// </summary>
    public static VertexTable Table(Geometry declared, CoordinateSystem system)
    {
        var original = CountVertices(declared);
        var shown = declared;
        var diagonal = declared.EnvelopeInternal is var e ? Math.Sqrt(e.Width * e.Width + e.Height * e.Height) : 0;
        var tolerance = diagonal / 1000;
        for (; CountVertices(shown) > MaxVertices && tolerance <= diagonal; tolerance *= 2)
        {
            shown = TopologyPreservingSimplifier.Simplify(declared, tolerance);
        }

        // Doubling overshoots (80 corners can drop to 31): halve the last step a few times, keeping the
        // smallest tolerance still within the limit, so the table keeps as many corners as it may.
        if (original > MaxVertices && CountVertices(shown) <= MaxVertices)
        {
            var (low, high) = (tolerance / 4, tolerance / 2);
            for (var i = 0; i < 12; i++)
            {
                var middle = (low + high) / 2;
                var candidate = TopologyPreservingSimplifier.Simplify(declared, middle);
                (low, high, shown) = CountVertices(candidate) <= MaxVertices ? (low, middle, candidate) : (middle, high, shown);
            }
        }

        var convert = ConvertCoordinates.For(system);
        var rows = new List<BoundaryVertex>();
        foreach (var (part, ringIndex, ring) in Rings(shown))
        {
            for (var i = 0; i < ring.NumPoints - 1; i++)
            {
                var c = ring.GetCoordinateN(i);
                var (lon, lat) = convert.ToWgs84(c.X, c.Y);
                rows.Add(new BoundaryVertex(part, ringIndex, i + 1, RoundTo7Decimals.Format(lon), RoundTo7Decimals.Format(lat),
                    system.IsProjected ? c.X.ToString("F3", CultureInfo.InvariantCulture) : null,
                    system.IsProjected ? c.Y.ToString("F3", CultureInfo.InvariantCulture) : null));
            }
        }

        return new VertexTable(rows, rows.Count < original, original);
    }

    /// <summary>Every ring, numbered: part 1 and on, ring 0 the outer one, 1 and on its holes.</summary>
    private static IEnumerable<(int Part, int RingIndex, LineString Ring)> Rings(Geometry geometry)
    {
        for (var p = 0; p < geometry.NumGeometries; p++)
        {
            if (geometry.GetGeometryN(p) is not Polygon polygon)
            {
                continue;
            }

            yield return (p + 1, 0, polygon.ExteriorRing);
            for (var h = 0; h < polygon.NumInteriorRings; h++)
            {
                yield return (p + 1, h + 1, polygon.GetInteriorRingN(h));
            }
        }
    }
}
