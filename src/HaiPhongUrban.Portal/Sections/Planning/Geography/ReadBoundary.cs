using System.Text.Json;
using HaiPhongUrban.Portal.Kernel.Diagnostics;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using NetTopologySuite.Operation.Union;

namespace HaiPhongUrban.Portal.Sections.Planning.Geography;

/// <summary>
/// Reads one plan's boundary file, in the order each step needs the one before: the declared system; the
/// text as JSON; its GeoJSON shape (polygons only, closed rings); the geometry, by NetTopologySuite's
/// GeoJSON reader; coordinates that fit the declared system; a valid area; the conversion to WGS84 inside
/// Vietnam; the 7-decimal rounding that is published. Problems are all reported, each at path:line:column;
/// a later step runs only when the earlier ones found nothing it would trip over.
/// </summary>
public static class ReadBoundary
{
    /// <summary>NetTopologySuite's GeoJSON reader; a file's own "crs" member is checked against the declaration, never obeyed.</summary>
    private static readonly JsonSerializerOptions GeoJson = new() { Converters = { new GeoJsonConverterFactory() } };

    /// <param name="text">The file's text; the caller reads the file.</param>
    /// <param name="contentRoot">The content folder, absolute.</param>
    /// <param name="relativePath">The file's path under <paramref name="contentRoot"/>, where its problems are reported.</param>
    /// <param name="declaredCrs">The system the plan declares, <c>EPSG:9210</c>.</param>
    /// <param name="crsDeclaredAt">Where the plan declares it, for an unknown system; the file's start when not given.</param>
    public static BoundaryReading Run(string text, string contentRoot, string relativePath, string? declaredCrs, SourceLocation? crsDeclaredAt = null)
    {
        var path = Path.GetFullPath(Path.Combine(contentRoot, relativePath));
        var problems = new List<Diagnostic>();
        void Problem(SourceLocation where, Message message, params string[] arguments) =>
            problems.Add(new Diagnostic(Severity.Error, where, message, arguments));

        // 1. The system comes from the plan, never from the file's numbers: an unknown one is said, and the
        //    file is still checked for the problems that do not depend on it.
        var system = CoordinateSystems.Find(declaredCrs);
        if (system is null)
        {
            Problem(crsDeclaredAt ?? SourceLocation.StartOf(path), GeographyMessages.CrsUnknown, declaredCrs ?? string.Empty, CoordinateSystems.SupportedCodes);
        }

        // 2. JSON, with the place of every value kept.
        var (json, line, column) = JsonOutline.Read(text);
        if (json is null)
        {
            Problem(new SourceLocation(path, line, column), GeographyMessages.NotJson);
            return new(system, null, null, problems);
        }

        SourceLocation At(int offset)
        {
            var (l, c) = json.Place(offset);
            return new SourceLocation(path, l, c);
        }

        // 3. GeoJSON's shape, on the outline: NetTopologySuite would stop at the first open ring, unplaced.
        var walk = new WalkGeoJson(json, At);
        var outline = walk.Run();
        problems.AddRange(walk.Problems);
        if (system is not null && walk.StatedCrs is var (stated, offset) && !string.Equals(stated, system.Code, StringComparison.OrdinalIgnoreCase))
        {
            Problem(At(offset), GeographyMessages.CrsMismatch, stated, system.Code);
        }

        if (walk.Problems.Count == 0 && outline.Polygons.Count == 0)
        {
            Problem(At(json.Root.Offset), GeographyMessages.NoPolygon);
        }

        if (problems.Count > 0 || system is null)
        {
            return new(system, null, null, problems);
        }

        // 4. The geometry, by NetTopologySuite's reader; the outline already holds everything it would refuse.
        var declared = ReadGeometry(text.TrimStart('\uFEFF'), outline.RootType);
        if (declared is null)
        {
            Problem(SourceLocation.StartOf(path), GeographyMessages.NotGeoJson, "coordinates");
            return new(system, null, null, problems);
        }

        // 5–7. Numbers of the declared system, a valid area, inside Vietnam once converted.
        var check = new CheckBoundaryCoordinates(system, outline, At, SourceLocation.StartOf(path));
        if ((check.Fit() ?? check.Valid(declared) ?? check.InsideVietnam()) is { } problem)
        {
            problems.Add(problem);
            return new(system, null, null, problems);
        }

        // 8. What is published: WGS84, rounded to 7 decimals and still valid.
        var wgs84 = RoundTo7Decimals.Apply(ConvertCoordinates.For(system).ToWgs84(declared));
        if (wgs84.IsEmpty || !wgs84.IsValid)
        {
            // Smaller than a centimetre everywhere: nothing of it is left on the 7-decimal grid.
            Problem(SourceLocation.StartOf(path), GeographyMessages.Invalid, outline.Polygons[0].Rings[0].Positions[0].Written, system.Code);
            return new(system, null, null, problems);
        }

        wgs84.SRID = 4326;
        return new(system, declared, wgs84, problems);
    }

    /// <summary>
    /// The boundary as one geometry: a bare Polygon or MultiPolygon as it is; a Feature's geometry; a
    /// FeatureCollection's polygons merged (unioned) into one Polygon, or a MultiPolygon when they are apart,
    /// since a plan drawn as several adjacent parcels is still one area. Null when the reader refuses it.
    /// </summary>
    private static Geometry? ReadGeometry(string text, string rootType)
    {
        try
        {
            return rootType switch
            {
                "FeatureCollection" => Merge(JsonSerializer.Deserialize<FeatureCollection>(text, GeoJson)!.Select(f => f.Geometry).ToList()),
                "Feature" => JsonSerializer.Deserialize<IFeature>(text, GeoJson)!.Geometry,
                _ => JsonSerializer.Deserialize<Geometry>(text, GeoJson),
            };
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidOperationException or NotSupportedException)
        {
            return null;
        }
    }

    private static Geometry Merge(IReadOnlyList<Geometry> geometries)
    {
        if (geometries.Count == 1)
        {
            return geometries[0];
        }

        // A part that is not a valid area would make the union throw or guess: check each part as given.
        var invalid = geometries.FirstOrDefault(g => !g.IsValid);
        return invalid ?? UnaryUnionOp.Union(geometries);
    }
}
