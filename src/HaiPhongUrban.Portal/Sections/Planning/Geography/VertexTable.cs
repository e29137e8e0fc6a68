namespace HaiPhongUrban.Portal.Sections.Planning.Geography;

/// <summary>
/// The corners a page lists beside the map. Past <see cref="DescribeBoundary.MaxVertices"/> corners a table
/// stops being readable, so the boundary is simplified first and the table says so, and from how many.
/// </summary>
/// <param name="Simplified">True when <see cref="Rows"/> is a simplification, not every corner.</param>
/// <param name="OriginalCount">How many corners the boundary has; equal to the rows' count when not simplified.</param>
public sealed record VertexTable(IReadOnlyList<BoundaryVertex> Rows, bool Simplified, int OriginalCount);
