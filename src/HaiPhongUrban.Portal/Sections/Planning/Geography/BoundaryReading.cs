using HaiPhongUrban.Portal.Kernel.Diagnostics;
using NetTopologySuite.Geometries;

namespace HaiPhongUrban.Portal.Sections.Planning.Geography;

/// <summary>
/// What <see cref="ReadBoundary"/> made of one boundary file: the geometry as the file declares it (the
/// staff's own numbers, for the vertex table), the same in WGS84 as the portal publishes it (degrees,
/// longitude first, at most 7 decimals), or the problems that kept it from being read. Geometries are
/// null whenever there is a problem: a boundary half right is not shown.
/// </summary>
/// <param name="System">The declared system; null when it is unknown.</param>
/// <param name="Declared">The boundary in <paramref name="System"/>'s coordinates, a Polygon or MultiPolygon.</param>
/// <param name="Wgs84">The boundary in WGS84 degrees rounded to 7 decimals (about a centimetre), still a valid Polygon or MultiPolygon.</param>
/// <param name="Problems">Every problem found, each at its file, line and column.</param>
public sealed record BoundaryReading(
    CoordinateSystem? System,
    Geometry? Declared,
    Geometry? Wgs84,
    IReadOnlyList<Diagnostic> Problems)
{
    public bool Succeeded => Problems.Count == 0 && Wgs84 is not null;
}
