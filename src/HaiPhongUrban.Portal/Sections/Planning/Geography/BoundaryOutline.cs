namespace HaiPhongUrban.Portal.Sections.Planning.Geography;

/// <summary>
/// The polygons of a boundary file as its text has them, every position with the byte where it is
/// written, so that a problem found later (a crossing, a point outside Vietnam) can still be shown at its
/// line and column. Filled by <see cref="WalkGeoJson"/>.
/// </summary>
internal sealed record BoundaryOutline(string RootType, IReadOnlyList<PolygonOutline> Polygons)
{
    /// <summary>Every position of every ring, in the order the file writes them.</summary>
    public IEnumerable<PositionOutline> Positions => Polygons.SelectMany(p => p.Rings).SelectMany(r => r.Positions);
}

/// <summary>One Polygon (or one polygon of a MultiPolygon): its outer ring, then its holes.</summary>
internal sealed record PolygonOutline(IReadOnlyList<RingOutline> Rings);

internal sealed record RingOutline(int Offset, IReadOnlyList<PositionOutline> Positions);

/// <summary>A position: x, y as numbers and as written ("593463.965"), and where it starts.</summary>
internal sealed record PositionOutline(int Offset, double X, double Y, string RawX, string RawY)
{
    /// <summary>The coordinate as the file writes it, for messages: "593463.965, 2306609.777".</summary>
    public string Written => $"{RawX}, {RawY}";
}
