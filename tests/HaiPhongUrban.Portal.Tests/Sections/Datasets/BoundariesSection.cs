using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Model;
using HaiPhongUrban.Portal.Sections;
using System.Text;

namespace HaiPhongUrban.Portal.Tests.Sections.Datasets;

/// <summary>
/// A section made for the tests, as the Planning section will be: it owns no content, pages or strings,
/// and offers two GeoJSON files (boundaries and points, each with its extent) and one without an extent,
/// which a dataset of the test site publishes with <c>generated_from:</c>. Built with
/// <c>SiteBuilder.Run(request, sections)</c>, the seam for sections that are not in SectionList.
/// </summary>
public sealed class BoundariesSection : ISection
{
    public const string Boundaries = "test-boundaries";
    public const string Points = "test-points";
    public const string Unplaced = "test-unplaced";

    public const string BoundariesJson =
        """{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"ten":"Khu A"},"geometry":{"type":"Polygon","coordinates":[[[106.6,20.8],[106.75,20.8],[106.75,20.9],[106.6,20.9],[106.6,20.8]]]}}]}""" + "\n";

    public const string PointsJson =
        """{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"ten":"Điểm B"},"geometry":{"type":"Point","coordinates":[106.95,20.7]}}]}""" + "\n";

    public static readonly GeoBox BoundariesBox = new(106.6, 20.8, 106.75, 20.9);
    public static readonly GeoBox PointsBox = new(106.95, 20.7, 106.95, 20.7);

    public SectionClaims Claims { get; } = new("boundaries", [], [], [], [], [], [], []);

    public RawContent Load(RawContent content, DiagnosticBag diagnostics) => content;

    public IEnumerable<FileSource> Files(RawContent content) =>
    [
        GeoJson(Boundaries, BoundariesJson, BoundariesBox),
        GeoJson(Points, PointsJson, PointsBox),
        GeoJson(Unplaced, """{"type":"FeatureCollection","features":[]}""" + "\n", null),
    ];

    public void Validate(ValidateContext context)
    {
    }

    private static FileSource GeoJson(string name, string json, GeoBox? extent) =>
        new(name, "geojson", "application/geo+json", "GeoJSON", "GEOJSON", _ => Encoding.UTF8.GetBytes(json), _ => extent);
}
