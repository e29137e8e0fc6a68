namespace HaiPhongUrban.Portal.Sections.Planning.Geography;

/// <summary>
/// What the portal works out from a boundary for its page: computed, for finding and describing the plan,
/// and never to be shown as its official area, which only the decision states.
/// </summary>
/// <param name="Box">The bounding box in WGS84 degrees.</param>
/// <param name="CentreLatitude">A point surely inside the boundary (see <see cref="DescribeBoundary"/>), degrees.</param>
/// <param name="CentreLongitude">Its longitude, degrees.</param>
/// <param name="VertexCount">Corners of the published boundary, each ring's closing repeat not counted.</param>
/// <param name="Vertices">The corners for the table, simplified past 50.</param>
/// <param name="Zoom">The OpenStreetMap zoom at which the whole box fits a screen.</param>
/// <param name="OpenStreetMapUrl">OpenStreetMap at the centre, with a marker, at <paramref name="Zoom"/>.</param>
public sealed record BoundaryFacts(
    string Crs,
    BoundingBox Box,
    double CentreLatitude,
    double CentreLongitude,
    int VertexCount,
    VertexTable Vertices,
    int Zoom,
    string OpenStreetMapUrl);
