namespace HaiPhongUrban.Portal.Sections.Planning.Geography;

/// <summary>
/// One corner of a boundary for the vertex table: which polygon and ring it is on (ring 0 is the outer one,
/// 1 and on are holes), its place in the ring, and its coordinates already written out: WGS84 with 7
/// decimals, and, for a VN-2000 boundary, the dossier's own easting and northing with 3 (millimetres), so
/// staff can compare them with their drawings. Each ring's closing repeat of its first corner is left out.
/// </summary>
public sealed record BoundaryVertex(int Part, int Ring, int Index, string Longitude, string Latitude, string? Easting, string? Northing);
