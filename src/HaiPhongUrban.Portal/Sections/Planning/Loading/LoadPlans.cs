using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Kernel.Files;
using HaiPhongUrban.Portal.Sections.Planning.Content;
using HaiPhongUrban.Portal.Sections.Planning.Geography;
using System.Globalization;

namespace HaiPhongUrban.Portal.Sections.Planning.Loading;

/// <summary>
/// Reads every plan of <c>content/quy-hoach/</c>: one folder each, named by the plan's slug, holding its
/// <c>plan.yml</c> (and its boundary and document files). Every field is read at its own line, so that
/// validation reports each problem where staff wrote it. The key names are fixed: other tools write them.
/// </summary>
public static class LoadPlans
{
    public const string PlanFile = "plan.yml";

    public static IReadOnlyList<RawPlan> Load(string folder, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var plans = new List<RawPlan>();
        foreach (var directory in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
        {
            var path = Path.Combine(directory, PlanFile);
            if (!File.Exists(path))
            {
                diagnostics.Error(SourceLocation.StartOf(directory), PlanningMessages.PlanFileMissing, Path.GetFileName(directory));
                continue;
            }

            if (YamlMap.From(ReadYamlFile.Read(path, diagnostics), path, diagnostics, PlanFile) is { } map)
            {
                plans.Add(Plan(map, directory, diagnostics));
            }
        }

        return plans;
    }

    private static RawPlan Plan(YamlMap map, string directory, DiagnosticBag diagnostics)
    {
        map.AllowOnly(
            "name", "type", "status", "scale", "location", "horizon", "vision", "area_ha", "codes", "approval", "task_approval",
            "parent", "supersedes", "boundary", "events", "documents", "sources", "official_viewer");
        var codes = map.Map("codes", required: false);
        codes?.AllowOnly("dossier", "planning_information");
        var boundary = map.Map("boundary", required: false);
        boundary?.AllowOnly("file", "crs");

        return new RawPlan(
            new Located<string>(Path.GetFileName(directory), SourceLocation.StartOf(map.Path)),
            directory,
            map.Path,
            map.Location,
            map.Text("name", required: true) ?? string.Empty,
            map.LocatedText("type", required: true),
            map.LocatedText("status", required: true),
            map.Text("scale", required: false) ?? string.Empty,
            map.Text("location", required: true) ?? string.Empty,
            Number<int>(map, "horizon", diagnostics, int.TryParse, "2040"),
            Number<int>(map, "vision", diagnostics, int.TryParse, "2050"),
            Number<decimal>(map, "area_ha", diagnostics, Decimal, "85.5"),
            codes?.Text("dossier", required: false) ?? string.Empty,
            codes?.Text("planning_information", required: false) ?? string.Empty,
            Decision(map.Map("approval", required: false), authority: true),
            Decision(map.Map("task_approval", required: false), authority: false),
            Optional(map, "parent"),
            Optional(map, "supersedes"),
            boundary is null ? null : Boundary(boundary, directory, diagnostics),
            map.Maps("events", required: false).Select(Event).ToList(),
            map.Maps("documents", required: false).Select(e => Document(e, diagnostics)).ToList(),
            Sources(map),
            map.LocatedText("official_viewer", required: false));
    }

    /// <summary>The sources of a plan or a duty: each an address, its title and the day it was read.</summary>
    public static IReadOnlyList<RawSource> Sources(YamlMap map) => map.Maps("sources", required: false)
        .Select(s =>
        {
            s.AllowOnly("url", "title", "retrieved");
            return new RawSource(s.LocatedText("url", required: true), s.Text("title", required: true) ?? string.Empty, s.LocatedDate("retrieved", required: true), s.Location);
        })
        .ToList();

    /// <summary>A number written as YAML plain text ("2040", "85.5"); anything else is reported with an example.</summary>
    public static Located<T?> Number<T>(YamlMap map, string key, DiagnosticBag diagnostics, TryParse<T> parse, string example)
        where T : struct
    {
        var text = map.Text(key, required: false);
        var location = map.ValueLocationOf(key);
        if (string.IsNullOrEmpty(text))
        {
            return new(null, location);
        }

        if (parse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return new(value, location);
        }

        diagnostics.Error(location, PlanningMessages.NumberInvalid, text, key, example);
        return new(null, location);
    }

    public delegate bool TryParse<T>(string text, NumberStyles styles, IFormatProvider? provider, out T value);

    private static bool Decimal(string text, NumberStyles styles, IFormatProvider? provider, out decimal value) =>
        decimal.TryParse(text, styles, provider, out value) && value > 0;

    private static RawDecision? Decision(YamlMap? map, bool authority)
    {
        if (map is null)
        {
            return null;
        }

        map.AllowOnly(authority ? ["decision", "date", "authority", "document"] : ["decision", "date", "authority"]);
        return new RawDecision(
            map.LocatedText("decision", required: true),
            map.LocatedDate("date", required: true),
            map.Text("authority", required: authority) ?? string.Empty,
            Optional(map, "document"),
            map.Location);
    }

    /// <summary>
    /// The boundary file beside plan.yml, read, checked and converted to WGS84 once, here, so that every
    /// later stage has its geometry; each problem of the file is reported at its own line and column.
    /// </summary>
    private static RawBoundaryFile Boundary(YamlMap map, string directory, DiagnosticBag diagnostics)
    {
        var file = map.LocatedText("file", required: true);
        var crs = map.LocatedText("crs", required: true);
        var name = file.Value;
        var path = Path.Combine(directory, name);
        if (name.Length == 0)
        {
            return new RawBoundaryFile(file, crs, null);
        }

        if (name.Contains('/') || name.Contains('\\') || name.StartsWith('.') || !File.Exists(path))
        {
            diagnostics.Error(file.Location, PlanningMessages.BoundaryFileMissing, name);
            return new RawBoundaryFile(file, crs, null);
        }

        if (ReadTextFile.Read(path, diagnostics) is not { } text)
        {
            return new RawBoundaryFile(file, crs, null);
        }

        var contentRoot = Path.GetDirectoryName(Path.GetDirectoryName(directory))!;
        var reading = ReadBoundary.Run(text, contentRoot, Path.GetRelativePath(contentRoot, path), crs.Value, crs.Location);
        foreach (var problem in reading.Problems)
        {
            diagnostics.Add(problem);
        }

        return new RawBoundaryFile(file, crs, reading);
    }

    private static RawPlanEvent Event(YamlMap map)
    {
        map.AllowOnly("event", "date", "source");
        return new RawPlanEvent(map.LocatedText("event", required: true), map.LocatedDate("date", required: true), map.LocatedText("source", required: true), map.Location);
    }

    private static RawPlanDocument Document(YamlMap map, DiagnosticBag diagnostics)
    {
        map.AllowOnly("type", "title", "number", "date", "url", "file", "sha256", "bytes");
        return new RawPlanDocument(
            map.LocatedText("type", required: true),
            map.Text("title", required: true) ?? string.Empty,
            map.Text("number", required: false) ?? string.Empty,
            map.LocatedDate("date", required: false),
            map.LocatedText("url", required: false),
            map.LocatedText("file", required: false),
            map.LocatedText("sha256", required: false),
            Number<long>(map, "bytes", diagnostics, long.TryParse, "1048576"),
            map.Location);
    }

    private static Located<string>? Optional(YamlMap map, string key) =>
        map.Has(key) ? map.LocatedText(key, required: true) : null;
}
