namespace HaiPhongUrban.Portal.Sections.Planning.Geography.Views;

/// <summary>
/// A boundary's facts as a plan's page shows them, every number already written out: the box and centre
/// in WGS84 degrees with 7 decimals, the corner count, the OpenStreetMap link and the vertex table.
/// Computed, for finding the plan: the template labels none of it as the plan's official area.
/// </summary>
/// <param name="HasDeclared">True for a VN-2000 boundary, whose table also lists the dossier's own easting and northing.</param>
/// <param name="Simplified">True when the table lists a simplification; <see cref="OriginalVertexCount"/> says of how many corners.</param>
public sealed record BoundaryFactsView(
    string Crs,
    string West,
    string South,
    string East,
    string North,
    string CentreLatitude,
    string CentreLongitude,
    string VertexCount,
    string OpenStreetMapUrl,
    bool HasDeclared,
    bool Simplified,
    string OriginalVertexCount,
    string ShownVertexCount,
    IReadOnlyList<VertexRowView> Vertices);

/// <summary>One row of the vertex table; <see cref="Easting"/> and <see cref="Northing"/> are empty for a WGS84 boundary.</summary>
public sealed record VertexRowView(int Part, int Ring, int Index, string Longitude, string Latitude, string Easting, string Northing);
