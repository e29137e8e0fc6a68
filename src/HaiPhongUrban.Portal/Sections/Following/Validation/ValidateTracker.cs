using HaiPhongUrban.Portal.Sections.Following.Model;
using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Kernel.Tables;
using HaiPhongUrban.Portal.Sections.Datasets.Content;

namespace HaiPhongUrban.Portal.Sections.Following.Validation;

/// <summary>
/// The tracker page reads its rows by column name, so the tracker table must keep the columns it
/// needs with their types, and its statuses must be ones the page can explain. The cells themselves
/// are checked like any CSV (<see cref="CheckCsvFile"/>), and the task group ids as a foreign key.
/// </summary>
public static class ValidateTracker
{
    /// <summary>The columns the tracker reads, and the type each must have.</summary>
    public static readonly IReadOnlyList<(string Name, string Type)> Columns =
    [
        ("task_group_id", "string"),
        ("date", "date"),
        ("status", "string"),
        ("source", "string"),
        ("source_url", "string"),
        ("note", "string"),
    ];

    public static void Run(RawDatasets datasets, DiagnosticBag diagnostics)
    {
        var tracker = datasets.Datasets
            .SelectMany(d => d.Resources)
            .FirstOrDefault(r => r.Name.Value == FollowingSection.TrackerResource);
        if (tracker is null)
        {
            // A dataset.yml that failed to load (one mistake in the tracker's own, say) already said why, and
            // may hold the table: reporting it missing too would blame content that is there.
            if (datasets.Datasets.Count > 0 && datasets.Unreadable.Count == 0)
            {
                diagnostics.Error(SourceLocation.StartOf(datasets.Folder), Messages.TrackerMissing, FollowingSection.TrackerResource);
            }

            return;
        }

        // A field named twice is the schema check's error (reported at the second); the first one is the
        // column checked here, so a duplicate never stops the rest of validation.
        var fields = tracker.Schema.Fields.GroupBy(f => f.Name.Value, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        // A field whose name the schema check already reported (a typo, which its CSV header gives right) is
        // that one mistake: the column it was meant to be is not reported missing as well.
        var misnamed = tracker.Schema.Fields.Any(f => diagnostics.HasErrorAt(f.Name.Location));
        foreach (var (name, type) in Columns)
        {
            if (!fields.TryGetValue(name, out var field) && misnamed)
            {
                continue;
            }

            if (field is null || field.Type.Value != type)
            {
                diagnostics.Error(field?.Type.Location ?? tracker.Schema.Location, Messages.TrackerFieldMissing, name, type);
            }
        }

        // The page links to each row's source: the column must be one of addresses, so every cell is checked.
        if (fields.TryGetValue("source_url", out var sourceUrl) && sourceUrl.Format?.Value != FieldFormats.UriFormat)
        {
            diagnostics.Error(sourceUrl.Name.Location, Messages.TrackerUrlFormat, "source_url", FieldFormats.UriFormat);
        }

        if (fields.TryGetValue("status", out var status))
        {
            // The column's values are its categories (each with the words the preview shows) or its enum.
            var allowed = status.Categories.Count > 0 ? status.Categories.Select(c => c.Value).ToList() : status.Enum;
            if (allowed.Count == 0)
            {
                diagnostics.Error(status.Name.Location, Messages.TrackerStatusOpen, string.Join(", ", TrackerStatus.All));
            }

            foreach (var value in allowed.Where(v => v.Value.Length > 0 && !TrackerStatus.All.Contains(v.Value)))
            {
                diagnostics.Error(value.Location, Messages.TrackerStatusUnknown, value.Value, string.Join(", ", TrackerStatus.All));
            }
        }
    }
}
