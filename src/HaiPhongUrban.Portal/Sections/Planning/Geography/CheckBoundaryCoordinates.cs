using System.Globalization;
using HaiPhongUrban.Portal.Kernel.Diagnostics;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Valid;

namespace HaiPhongUrban.Portal.Sections.Planning.Geography;

/// <summary>
/// The checks that need the declared system: numbers of the right kind (metres or degrees), a valid area,
/// and every point inside Vietnam once converted. Each says the first place it fails and nothing more, since
/// one wrong declaration makes every point wrong and a hundred lines would hide the one that matters.
/// </summary>
internal sealed class CheckBoundaryCoordinates(CoordinateSystem system, BoundaryOutline outline, Func<int, SourceLocation> at, SourceLocation fileStart)
{
    /// <summary>Vietnam's extent as the portal takes it, wide enough for Hoàng Sa and Trường Sa.</summary>
    public const double West = 102, East = 118, South = 6, North = 24;

    /// <summary>
    /// No VN-2000 coordinate of Vietnam is under 1 000 m (northings start near 700 000 m), and no degree
    /// is over 180: either means the declaration does not match the file.
    /// </summary>
    private const double MetresFloor = 1000;

    public Diagnostic? Fit()
    {
        var positions = outline.Positions.ToList();
        if (system.IsProjected)
        {
            if (positions.FirstOrDefault(p => Math.Abs(p.X) < MetresFloor && Math.Abs(p.Y) < MetresFloor) is { } degrees)
            {
                return Problem(at(degrees.Offset), GeographyMessages.DegreesAsVn2000, degrees.Written, system.Code);
            }

            // Vietnam's TM-3 eastings stay within 500 000 ± 400 000 m and its northings between 600 000 and
            // 2 700 000 m: every point a northing in the easting's place is X written first, as survey tables do.
            return positions.All(p => p.X is >= 900_000 and <= 2_700_000 && p.Y is >= 100_000 and < 900_000)
                ? Problem(at(positions[0].Offset), GeographyMessages.NorthingFirst, positions[0].Written)
                : null;
        }

        // Every point reads as Vietnam only with its two numbers swapped: latitude was written first. Asked
        // before the metres, since a longitude in the latitude's place is over 90 too.
        if (positions.All(p => p.X is >= South and <= North && p.Y is >= West and <= East))
        {
            return Problem(at(positions[0].Offset), GeographyMessages.LatitudeFirst, positions[0].Written);
        }

        return positions.FirstOrDefault(p => Math.Abs(p.X) > 180 || Math.Abs(p.Y) > 90) is { } metres
            ? Problem(at(metres.Offset), GeographyMessages.MetresAsDegrees, metres.Written)
            : null;
    }

    /// <summary>NetTopologySuite's validity (OGC simple features), its first error at the place it names.</summary>
    public Diagnostic? Valid(Geometry declared)
    {
        var error = new IsValidOp(declared).ValidationError;
        if (error is null)
        {
            return null;
        }

        var message = error.ErrorType switch
        {
            TopologyValidationErrors.SelfIntersection or TopologyValidationErrors.RingSelfIntersection => GeographyMessages.SelfIntersecting,
            TopologyValidationErrors.NestedShells or TopologyValidationErrors.DuplicateRings => GeographyMessages.PartsOverlap,
            TopologyValidationErrors.HoleOutsideShell or TopologyValidationErrors.NestedHoles or TopologyValidationErrors.DisconnectedInteriors => GeographyMessages.HoleMisplaced,
            _ => GeographyMessages.Invalid,
        };
        var (where, written) = Locate(error.Coordinate);
        return Problem(where, message, written, system.Code);
    }

    public Diagnostic? InsideVietnam()
    {
        var convert = ConvertCoordinates.For(system);
        foreach (var position in outline.Positions)
        {
            var (lon, lat) = convert.ToWgs84(position.X, position.Y);
            if (lon is < West or > East || lat is < South or > North)
            {
                return Problem(at(position.Offset), GeographyMessages.OutsideVietnam, position.Written, system.Code, RoundTo7Decimals.Format(lon), RoundTo7Decimals.Format(lat));
            }
        }

        return null;
    }

    /// <summary>
    /// Where a point NetTopologySuite names is written: the vertex it is, else the start of the edge it lies
    /// on (a crossing is usually between two vertices), else the file; and the point as staff can find it.
    /// </summary>
    private (SourceLocation Where, string Written) Locate(Coordinate? point)
    {
        if (point is null)
        {
            return (fileStart, string.Empty);
        }

        if (outline.Positions.FirstOrDefault(p => p.X == point.X && p.Y == point.Y) is { } vertex)
        {
            return (at(vertex.Offset), vertex.Written);
        }

        var format = system.IsProjected ? "F3" : "F7";
        var written = $"{point.X.ToString(format, CultureInfo.InvariantCulture)}, {point.Y.ToString(format, CultureInfo.InvariantCulture)}";
        var tolerance = 1e-9 * Math.Max(1, Math.Max(Math.Abs(point.X), Math.Abs(point.Y)));
        foreach (var ring in outline.Polygons.SelectMany(p => p.Rings))
        {
            for (var i = 0; i + 1 < ring.Positions.Count; i++)
            {
                var (a, b) = (ring.Positions[i], ring.Positions[i + 1]);
                if (new LineSegment(a.X, a.Y, b.X, b.Y).Distance(point) <= tolerance)
                {
                    return (at(a.Offset), written);
                }
            }
        }

        return (fileStart, written);
    }

    private static Diagnostic Problem(SourceLocation where, Message message, params string[] arguments) =>
        new(Severity.Error, where, message, arguments);
}
