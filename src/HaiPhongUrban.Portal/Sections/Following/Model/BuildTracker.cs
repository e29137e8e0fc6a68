using HaiPhongUrban.Portal.Sections.Datasets.Model;
using HaiPhongUrban.Portal.Sections.Documents.Model;
using System.Globalization;

namespace HaiPhongUrban.Portal.Sections.Following.Model;

/// <summary>
/// Part of the model stage: the tracker's updates, read by column name from the tracker table
/// (validation has checked its columns). The model is also built while some cells are still wrong,
/// so that references are checked in the same run (SiteBuilder); a row with an unknown task group or
/// a bad date is therefore left out here, never trusted: its error is reported and stops the build.
/// </summary>
public static class BuildTracker
{
    public static IReadOnlyList<TrackerUpdate> Run(IReadOnlyList<Dataset> datasets, FullText conclusion)
    {
        var resource = datasets.SelectMany(d => d.Resources).FirstOrDefault(r => r.Name == FollowingSection.TrackerResource);
        if (resource is null)
        {
            return [];
        }

        var taskGroups = conclusion.Items.Where(i => i.Kind == ItemKind.TaskGroup).Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var column = resource.Schema.Fields
            .Select((field, index) => (field.Name, index))
            .ToDictionary(pair => pair.Name, pair => pair.index, StringComparer.Ordinal);
        var updates = new List<TrackerUpdate>();
        foreach (var row in resource.Rows.Read())
        {
            string Cell(string name) => column.TryGetValue(name, out var i) && i < row.Cells.Count ? row.Cells[i] : string.Empty;
            if (taskGroups.Contains(Cell("task_group_id"))
                && DateOnly.TryParseExact(Cell("date"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                updates.Add(new TrackerUpdate(Cell("task_group_id"), date, Cell("status"), Cell("source"), Cell("source_url"), Cell("note"), row.Line));
            }
        }

        return updates;
    }
}
