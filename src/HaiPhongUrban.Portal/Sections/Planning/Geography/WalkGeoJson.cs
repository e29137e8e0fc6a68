using HaiPhongUrban.Portal.Kernel.Diagnostics;
using static HaiPhongUrban.Portal.Sections.Planning.Geography.JsonOutline;

namespace HaiPhongUrban.Portal.Sections.Planning.Geography;

/// <summary>
/// Checks the shape of a GeoJSON boundary on the positioned outline, before any geometry library sees it:
/// a Feature, a FeatureCollection or a bare geometry; only Polygons and MultiPolygons; every position two
/// numbers; every ring of at least 4 positions, its last the same as its first. Every problem is kept, each
/// at the value it is about, so staff fix them all in one go.
/// </summary>
internal sealed class WalkGeoJson(JsonOutline json, Func<int, SourceLocation> at)
{
    private static readonly HashSet<string> OtherGeometries = ["Point", "MultiPoint", "LineString", "MultiLineString", "GeometryCollection"];

    private readonly List<Diagnostic> _problems = [];
    private readonly List<PolygonOutline> _polygons = [];

    public IReadOnlyList<Diagnostic> Problems => _problems;

    /// <summary>
    /// The system the file states itself, in the "crs" member of GeoJSON's 2008 form that QGIS still writes
    /// for other systems than WGS84 (<c>urn:ogc:def:crs:EPSG::9210</c>), as <c>EPSG:9210</c>, and where; null
    /// when it states none. <c>CRS84</c>, WGS84 with longitude first, is <c>EPSG:4326</c> here.
    /// </summary>
    public (string Code, int Offset)? StatedCrs =>
        json.Root is ObjectNode root && root["crs"] is ObjectNode { } crs && crs["properties"] is ObjectNode properties && properties["name"] is TextNode name
            ? (CodeOf(name.Value), name.Offset)
            : null;

    private static string CodeOf(string name)
    {
        if (name.EndsWith("CRS84", StringComparison.OrdinalIgnoreCase))
        {
            return "EPSG:4326";
        }

        var epsg = name.LastIndexOf("EPSG", StringComparison.OrdinalIgnoreCase);
        return epsg < 0 ? name : "EPSG:" + name[(epsg + 4)..].TrimStart(':');
    }

    /// <summary>The outline of the file's polygons; its problems are in <see cref="Problems"/>.</summary>
    public BoundaryOutline Run()
    {
        var type = TypeOf(json.Root);
        switch (type)
        {
            case null:
                break;
            case "FeatureCollection":
                if (((ObjectNode)json.Root)["features"] is ArrayNode features)
                {
                    foreach (var feature in features.Items)
                    {
                        Feature(feature);
                    }
                }
                else
                {
                    Problem(json.Root, GeographyMessages.NotGeoJson, "features");
                }

                break;
            case "Feature":
                Feature(json.Root);
                break;
            default:
                Geometry((ObjectNode)json.Root, type);
                break;
        }

        return new BoundaryOutline(type ?? string.Empty, _polygons);
    }

    private void Feature(Node node)
    {
        if (TypeOf(node) is not { } type)
        {
            return;
        }

        var feature = (ObjectNode)node;
        if (type != "Feature")
        {
            Problem(feature["type"]!, GeographyMessages.NotGeoJson, "Feature");
        }
        else if (feature["geometry"] is not { } geometry)
        {
            Problem(feature, GeographyMessages.NotGeoJson, "geometry");
        }
        else if (geometry is OtherNode)
        {
            Problem(geometry, GeographyMessages.NotPolygon, "null");
        }
        else if (TypeOf(geometry) is { } geometryType)
        {
            Geometry((ObjectNode)geometry, geometryType);
        }
    }

    private void Geometry(ObjectNode geometry, string type)
    {
        if (type is not ("Polygon" or "MultiPolygon"))
        {
            Problem(geometry["type"]!, OtherGeometries.Contains(type) || type is "Feature" or "FeatureCollection" ? GeographyMessages.NotPolygon : GeographyMessages.TypeUnknown, type);
            return;
        }

        if (geometry["coordinates"] is not ArrayNode { Items.Count: > 0 } coordinates)
        {
            Problem(geometry["coordinates"] ?? geometry, GeographyMessages.NotGeoJson, "coordinates");
            return;
        }

        if (type == "Polygon")
        {
            Polygon(coordinates);
            return;
        }

        foreach (var polygon in coordinates.Items)
        {
            if (polygon is ArrayNode { Items.Count: > 0 } rings)
            {
                Polygon(rings);
            }
            else
            {
                Problem(polygon, GeographyMessages.NotGeoJson, "coordinates");
            }
        }
    }

    private void Polygon(ArrayNode rings)
    {
        var outlines = new List<RingOutline>();
        foreach (var ring in rings.Items)
        {
            if (ring is not ArrayNode positions)
            {
                Problem(ring, GeographyMessages.NotGeoJson, "coordinates");
                continue;
            }

            var read = positions.Items.Select(Position).ToList();
            if (read.Any(p => p is null))
            {
                continue;
            }

            var outline = new RingOutline(ring.Offset, read!);
            if (outline.Positions.Count < 4)
            {
                Problem(ring, GeographyMessages.RingTooShort, outline.Positions.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            else if (outline.Positions[0] is var first && outline.Positions[^1] is var last && (first.X != last.X || first.Y != last.Y))
            {
                Problem(positions.Items[^1], GeographyMessages.RingNotClosed, first.Written, last.Written);
            }
            else
            {
                outlines.Add(outline);
            }
        }

        if (outlines.Count == rings.Items.Count)
        {
            _polygons.Add(new PolygonOutline(outlines));
        }
    }

    /// <summary>A position of two or three numbers (a height is allowed and ignored), or null after saying why not.</summary>
    private PositionOutline? Position(Node node)
    {
        if (node is ArrayNode { Items: [NumberNode x, NumberNode y, ..] } position && position.Items.Count <= 3 && position.Items.All(i => i is NumberNode)
            && double.IsFinite(x.Value) && double.IsFinite(y.Value))
        {
            return new PositionOutline(node.Offset, x.Value, y.Value, x.Raw, y.Raw);
        }

        Problem(node, GeographyMessages.PositionInvalid);
        return null;
    }

    /// <summary>The value of a GeoJSON object's "type", or null after saying it has none.</summary>
    private string? TypeOf(Node node)
    {
        if (node is ObjectNode { } value && value["type"] is TextNode { } type)
        {
            return type.Value;
        }

        Problem(node is ObjectNode o && o["type"] is { } wrong ? wrong : node, GeographyMessages.NotGeoJson, "type");
        return null;
    }

    private void Problem(Node node, Message message, params string[] arguments) =>
        _problems.Add(new Diagnostic(Severity.Error, at(node.Offset), message, arguments));
}
