using System.Globalization;

namespace HaiPhongUrban.Portal.Model;

/// <summary>
/// A bounding box in WGS84 degrees (longitude west and east, latitude south and north), what a dataset's
/// spatial extent is in the catalogues: RFC 7946's <c>bbox</c> order, data.json's "W,S,E,N", and a WKT
/// polygon for DCAT-AP. A box that crosses the antimeridian (west east of east) is refused: no place the
/// portal describes needs one, and a union of such boxes would need rules nobody has asked for.
/// </summary>
public sealed record GeoBox
{
    public GeoBox(double west, double south, double east, double north)
    {
        if (!(west >= -180 && east <= 180 && west <= east) || !(south >= -90 && north <= 90 && south <= north))
        {
            throw new ArgumentException($"({west}, {south}, {east}, {north}) is not a WGS84 box with west ≤ east and south ≤ north.");
        }

        (West, South, East, North) = (west, south, east, north);
    }

    public double West { get; }

    public double South { get; }

    public double East { get; }

    public double North { get; }

    /// <summary>The smallest box holding every one of <paramref name="boxes"/>; null when none is known.</summary>
    public static GeoBox? Union(IEnumerable<GeoBox?> boxes) => boxes.OfType<GeoBox>().Aggregate(
        (GeoBox?)null,
        (all, box) => all is null
            ? box
            : new GeoBox(Math.Min(all.West, box.West), Math.Min(all.South, box.South), Math.Max(all.East, box.East), Math.Max(all.North, box.North)));

    /// <summary>West, south, east, north: the order of RFC 7946's <c>bbox</c> and of data.json's bounding box.</summary>
    public IReadOnlyList<double> Corners => [West, South, East, North];

    /// <summary>"W,S,E,N", numbers in their shortest exact form whatever the culture (data.json's bounding-box form).</summary>
    public string Joined => string.Join(',', Corners.Select(Number));

    /// <summary>
    /// The box as a WKT polygon, longitude before latitude (GeoSPARQL's default CRS84, as DCAT-AP 3's
    /// <c>dcat:bbox</c> examples write it), its ring anticlockwise from the south-west corner and closed.
    /// </summary>
    public string WktPolygon =>
        $"POLYGON(({Point(West, South)}, {Point(East, South)}, {Point(East, North)}, {Point(West, North)}, {Point(West, South)}))";

    private static string Point(double longitude, double latitude) => $"{Number(longitude)} {Number(latitude)}";

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
