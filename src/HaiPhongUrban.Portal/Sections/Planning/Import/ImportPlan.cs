using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Kernel.Urls;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace HaiPhongUrban.Portal.Sections.Planning.Import;

/// <summary>
/// The work of <c>import-plan</c>, in order: check the options, read the workbook, check the boundary,
/// map, decide the folder and refuse to overwrite, then write plan.yml and copy the boundary beside it.
/// Every refusal comes before anything is written; a failure while writing removes what this run wrote,
/// so that a run either writes everything or nothing. Exit code 0 when written (the notes are for review),
/// 1 when refused.
/// </summary>
public static class ImportPlan
{
    public const string PlanFile = "plan.yml";

    /// <summary>Where plans live in the content folder: <c>content/quy-hoach/&lt;slug&gt;/plan.yml</c>.</summary>
    public static readonly string DefaultFolder = Path.Combine("content", "quy-hoach");

    public static int Run(ImportPlanRequest request, UiLanguage language, TextWriter stdout, TextWriter stderr)
    {
        var workbook = Path.GetFullPath(request.Workbook, request.WorkingDirectory);
        string Shown(string path) => DiagnosticFormatter.ShownPath(path, request.WorkingDirectory);
        try
        {
            var crs = request.Crs?.Trim().ToUpperInvariant();
            if (crs is not null && !DossierCrs.IsEpsgCode(crs))
            {
                throw new DossierImportException(string.Empty, ImportMessages.CrsInvalid, request.Crs!) { FilePath = string.Empty };
            }

            var record = ReadDossierWorkbook.Read(workbook);
            var boundary = request.Boundary is null ? null : CheckedBoundary(Path.GetFullPath(request.Boundary, request.WorkingDirectory), Shown);
            var import = MapDossierToPlan.Map(record, crs, boundary is not null, request.Today);

            var folder = Folder(request, import.Plan, record);
            var planPath = Path.Combine(folder, PlanFile);
            var boundaryPath = Path.Combine(folder, PlanDraft.BoundaryFile);
            foreach (var target in boundary is null ? [planPath] : new[] { planPath, boundaryPath })
            {
                if (File.Exists(target) || Directory.Exists(target))
                {
                    throw new DossierImportException(string.Empty, ImportMessages.PlanExists, Shown(target)) { FilePath = target };
                }
            }

            Write(folder, planPath, WritePlanYaml.Write(import.Plan, import.Notes, language), boundary, boundaryPath, Shown);

            foreach (var note in import.Notes)
            {
                stderr.WriteLine($"{Shown(workbook)}: {(note.Place.Length > 0 ? note.Place + ": " : string.Empty)}warning: {note.Text(language)}");
            }

            if (boundary is not null)
            {
                stdout.WriteLine(ImportMessages.BoundaryCopied.Format(language, [Shown(boundaryPath)]));
            }

            stdout.WriteLine(ImportMessages.Written.Format(language, [Shown(planPath), import.Notes.Count.ToString(CultureInfo.InvariantCulture)]));
            return 0;
        }
        catch (DossierImportException problem)
        {
            var file = problem.FilePath switch
            {
                null => Shown(workbook) + ": ",
                "" => string.Empty,
                var path => Shown(path) + ": ",
            };
            stderr.WriteLine($"{file}{(problem.Place.Length > 0 ? problem.Place + ": " : string.Empty)}error: {problem.Wording.Format(language, problem.Arguments)}");
            return 1;
        }
    }

    /// <summary>The folder to write into: <c>--output</c>, or the plan's own, named by <see cref="Slug"/> from its name.</summary>
    private static string Folder(ImportPlanRequest request, PlanDraft plan, DossierRecord record)
    {
        if (request.Output is not null)
        {
            return Path.GetFullPath(request.Output, request.WorkingDirectory);
        }

        var slug = plan.Name is null ? string.Empty : Slug.From(plan.Name);
        if (slug.Length == 0)
        {
            throw new DossierImportException(record.Dossier.Cell(DossierHeaders.Name)?.Address ?? record.Dossier.Address, ImportMessages.NameNeededForFolder);
        }

        return Path.Combine(request.WorkingDirectory, DefaultFolder, slug);
    }

    /// <summary>The boundary's full path once it is known to be a GeoJSON object; refused otherwise, before anything is written.</summary>
    private static string CheckedBoundary(string path, Func<string, string> shown)
    {
        if (!File.Exists(path))
        {
            throw new DossierImportException(string.Empty, ImportMessages.BoundaryMissing, shown(path)) { FilePath = string.Empty };
        }

        try
        {
            using var stream = File.OpenRead(path);
            using var json = JsonDocument.Parse(stream);
            if (json.RootElement.ValueKind != JsonValueKind.Object || !json.RootElement.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
            {
                throw new DossierImportException(string.Empty, ImportMessages.BoundaryNotGeoJson, shown(path), "no \"type\"") { FilePath = path };
            }
        }
        catch (JsonException ex)
        {
            throw new DossierImportException(string.Empty, ImportMessages.BoundaryNotGeoJson, shown(path), ex.Message.Split('.')[0]) { FilePath = path };
        }

        return path;
    }

    private static void Write(string folder, string planPath, string yaml, string? boundary, string boundaryPath, Func<string, string> shown)
    {
        var created = new List<string>();
        var newFolder = !Directory.Exists(folder);
        try
        {
            Directory.CreateDirectory(folder);

            // CreateNew: a plan.yml that appeared since the check is still never overwritten.
            using (var file = new FileStream(planPath, FileMode.CreateNew, FileAccess.Write))
            {
                created.Add(planPath);
                var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(yaml.ReplaceLineEndings("\n"));
                file.Write(bytes);
            }

            if (boundary is not null)
            {
                File.Copy(boundary, boundaryPath, overwrite: false);
                created.Add(boundaryPath);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            foreach (var path in created)
            {
                File.Delete(path);
            }

            if (newFolder && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
            {
                Directory.Delete(folder);
            }

            var failed = created.Count == 0 ? planPath : boundaryPath;
            throw new DossierImportException(string.Empty, ImportMessages.WriteFailed, shown(failed), ex.Message) { FilePath = string.Empty };
        }
    }
}
