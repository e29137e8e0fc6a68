namespace HaiPhongUrban.Portal.Sections.Following.Model;

/// <summary>
/// One row of the tracker: what was recorded about a task group on a date, on whose authority.
/// <see cref="SourceUrl"/> and <see cref="Note"/> are empty when the row leaves them out.
/// </summary>
public sealed record TrackerUpdate(
    string TaskGroupId,
    DateOnly Date,
    string Status,
    string Source,
    string SourceUrl,
    string Note,
    int Line);
