using HaiPhongUrban.Portal.Kernel.Text;
using HaiPhongUrban.Portal.Kernel.Urls;
using HaiPhongUrban.Portal.Model;
using HaiPhongUrban.Portal.Sections.Planning.Model;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace HaiPhongUrban.Portal.Sections.Planning.Tables;

/// <summary>
/// The plans' boundaries as one GeoJSON FeatureCollection (RFC 7946): WGS84 longitude and latitude with at
/// most 7 decimals, no <c>crs</c> member, exterior rings counter-clockwise and holes clockwise, one Feature
/// per plan with a boundary (in slug order) carrying the plan's id, name, type, status, decision and page.
/// A dataset publishes it with <c>generated_from: plan-boundaries</c>; its extent is the boxes' union.
/// </summary>
public static class PlanBoundaries
{
    public const string Name = "plan-boundaries";

    private static readonly JsonSerializerOptions Options = new()
    {
        Converters = { new GeoJsonConverterFactory() },
        // Vietnamese names as letters, not \u escapes: the file is UTF-8 and read by people too.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static FileSource Source => new(Name, "geojson", "application/geo+json", "GeoJSON", "GEOJSON", Bytes, Extent);

    private static byte[] Bytes(Site site)
    {
        var features = new FeatureCollection();
        foreach (var plan in site.Plans.Where(p => p.Boundary is not null))
        {
            features.Add(new Feature(Oriented(plan.Boundary!.Wgs84), new AttributesTable(new Dictionary<string, object?>
            {
                ["slug"] = plan.Slug,
                ["name"] = plan.Name,
                ["type"] = plan.Type,
                ["status"] = plan.Status,
                ["approval_decision"] = plan.Approval?.Number,
                ["approval_date"] = plan.Approval is { } a ? DisplayFormat.DateIso(a.Date) : null,
                ["declared_crs"] = plan.Boundary.Reading.System!.Code,
                ["url"] = UrlPath.Absolute(site.Settings.BaseUrl, PlanRoutes.Plan(plan.Slug)) ?? PlanRoutes.Plan(plan.Slug),
            })));
        }

        return JsonSerializer.SerializeToUtf8Bytes(features, Options);
    }

    private static GeoBox? Extent(Site site) => GeoBox.Union(site.Plans
        .Where(p => p.Boundary is not null)
        .Select(p => p.Boundary!.Wgs84.EnvelopeInternal)
        .Select(e => (GeoBox?)new GeoBox(e.MinX, e.MinY, e.MaxX, e.MaxY)));

    /// <summary>RFC 7946 §3.1.6: exterior rings counter-clockwise, holes clockwise (the right-hand rule).</summary>
    public static Geometry Oriented(Geometry geometry)
    {
        var factory = geometry.Factory;
        Polygon Orient(Polygon p) => factory.CreatePolygon(
            Ring(p.Shell, counterClockwise: true),
            p.Holes.Select(h => Ring(h, counterClockwise: false)).ToArray());
        LinearRing Ring(LinearRing ring, bool counterClockwise) =>
            ring.IsCCW == counterClockwise ? ring : (LinearRing)ring.Reverse();
        return geometry switch
        {
            Polygon p => Orient(p),
            MultiPolygon m => factory.CreateMultiPolygon(m.Geometries.Cast<Polygon>().Select(Orient).ToArray()),
            _ => geometry,
        };
    }
}
