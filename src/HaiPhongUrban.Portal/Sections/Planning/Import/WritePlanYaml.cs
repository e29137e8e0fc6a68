using HaiPhongUrban.Portal.Kernel.Diagnostics;
using System.Globalization;
using System.Text;

namespace HaiPhongUrban.Portal.Sections.Planning.Import;

/// <summary>
/// Writes a <see cref="PlanDraft"/> as plan.yml, by hand so that it can carry comments for staff: a header
/// saying the mapping is PROVISIONAL, the list of what to review, a placeholder where a required field or a
/// source is missing, and the drawings at the end. Keys come in plan.yml's documented order; a field the
/// dossier does not fill is left out (a required one as a commented placeholder). Every text value goes
/// through <see cref="YamlScalar.Quote"/>; dates are plain <c>yyyy-mm-dd</c>.
/// </summary>
public static class WritePlanYaml
{
    private const int CommentWidth = 100;

    public static string Write(PlanDraft plan, IReadOnlyList<ImportNote> notes, UiLanguage language)
    {
        var yaml = new StringBuilder();
        Comment(yaml, ImportMessages.YamlHeader.Format(language, [plan.SourceFile, Date(plan.Retrieved)]));
        if (notes.Count > 0)
        {
            yaml.AppendLine("#");
            Comment(yaml, ImportMessages.YamlToReview.Format(language, [notes.Count.ToString(CultureInfo.InvariantCulture)]));
            foreach (var note in notes)
            {
                Comment(yaml, (note.Place.Length > 0 ? note.Place + ": " : string.Empty) + note.Text(language), after: "  ");
            }
        }

        yaml.AppendLine();
        Field(yaml, "name", plan.Name, required: true);
        Field(yaml, "type", plan.Type, required: true);
        Field(yaml, "status", plan.Status, required: true);
        Field(yaml, "scale", plan.Scale);
        Field(yaml, "location", plan.Location, required: true);
        Mapping(yaml, "codes", [("dossier", Text(plan.DossierCode)), ("planning_information", Text(plan.PlanningInformationCode))]);
        Mapping(yaml, "approval", [("decision", Text(plan.Approval.Decision)), ("date", Date(plan.Approval.Date)), ("authority", Text(plan.Approval.Authority))]);
        Mapping(yaml, "task_approval", [("decision", Text(plan.TaskApproval.Decision)), ("date", Date(plan.TaskApproval.Date))]);
        Boundary(yaml, plan, language);

        if (plan.Events.Count > 0)
        {
            yaml.AppendLine("events:");
            foreach (var e in plan.Events)
            {
                Entry(yaml, [("event", e.Event), ("date", Date(e.Date))]);
                Comment(yaml, ImportMessages.YamlEventSource.Format(language, []), before: "    ");
            }
        }

        if (plan.Documents.Count > 0)
        {
            yaml.AppendLine("documents:");
            foreach (var d in plan.Documents)
            {
                Entry(yaml, [("type", Text(d.Type)), ("title", Text(d.Title)), ("number", Text(d.Number)), ("date", Date(d.Date)), ("url", Text(d.Url)), ("file", Text(d.File))]);
            }
        }

        yaml.AppendLine("sources:");
        Entry(yaml, [("title", YamlScalar.Quote(plan.SourceFile))]);
        Comment(yaml, ImportMessages.YamlWorkbookUrl.Format(language, [plan.SourceFile]), before: "    ");
        yaml.Append("    retrieved: ").AppendLine(Date(plan.Retrieved));

        if (plan.Drawings.Count > 0)
        {
            yaml.AppendLine();
            Comment(yaml, ImportMessages.YamlDrawings.Format(language, []));
            foreach (var drawing in plan.Drawings)
            {
                Comment(yaml, drawing, after: "  ");
            }
        }

        return yaml.ToString();
    }

    private static void Boundary(StringBuilder yaml, PlanDraft plan, UiLanguage language)
    {
        if (!plan.HasBoundary)
        {
            Comment(yaml, ImportMessages.YamlBoundaryMissing.Format(language, []));
            if (plan.Crs is not null)
            {
                yaml.Append("#   crs: ").AppendLine(YamlScalar.Quote(plan.Crs));
            }

            return;
        }

        yaml.AppendLine("boundary:");
        yaml.Append("  file: ").AppendLine(PlanDraft.BoundaryFile);
        if (plan.Crs is null)
        {
            Comment(yaml, ImportMessages.YamlCrsUnknown.Format(language, []), before: "  ");
        }
        else
        {
            yaml.Append("  crs: ").AppendLine(YamlScalar.Quote(plan.Crs));
        }
    }

    private static void Field(StringBuilder yaml, string key, string? value, bool required = false)
    {
        if (value is not null)
        {
            yaml.Append(key).Append(": ").AppendLine(YamlScalar.Quote(value));
        }
        else if (required)
        {
            yaml.Append("# ").Append(key).AppendLine(": …");
        }
    }

    /// <summary>A nested mapping of the fields that have a value; nothing when none has.</summary>
    private static void Mapping(StringBuilder yaml, string key, IReadOnlyList<(string Key, string? Value)> fields)
    {
        if (fields.All(f => f.Value is null))
        {
            return;
        }

        yaml.Append(key).AppendLine(":");
        foreach (var (name, value) in fields.Where(f => f.Value is not null))
        {
            yaml.Append("  ").Append(name).Append(": ").AppendLine(value);
        }
    }

    /// <summary>One entry of a list, its fields with a value under "- "; <c>- {}</c> when none has.</summary>
    private static void Entry(StringBuilder yaml, IReadOnlyList<(string Key, string? Value)> fields)
    {
        var given = fields.Where(f => f.Value is not null).ToList();
        if (given.Count == 0)
        {
            yaml.AppendLine("  - {}");
            return;
        }

        for (var i = 0; i < given.Count; i++)
        {
            yaml.Append(i == 0 ? "  - " : "    ").Append(given[i].Key).Append(": ").AppendLine(given[i].Value);
        }
    }

    /// <summary>
    /// A comment wrapped at about 100 columns: <paramref name="before"/> the '#' (the indentation of the YAML it
    /// is about), <paramref name="after"/> it (an item of a list in the comment); wrapped lines hang two further.
    /// </summary>
    private static void Comment(StringBuilder yaml, string text, string before = "", string after = "")
    {
        var line = new StringBuilder();
        var prefix = before + "# " + after;
        var hanging = prefix + "  ";
        foreach (var word in YamlScalar.CommentText(text).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && prefix.Length + line.Length + 1 + word.Length > CommentWidth)
            {
                yaml.Append(prefix).AppendLine(line.ToString());
                line.Clear();
                prefix = hanging;
            }

            line.Append(line.Length > 0 ? " " : string.Empty).Append(word);
        }

        yaml.Append(prefix).AppendLine(line.ToString());
    }

    private static string? Text(string? value) => value is null ? null : YamlScalar.Quote(value);

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
