namespace HaiPhongUrban.Portal.Sections.Following.Model;

/// <summary>
/// What the tracker may say about a task group. Each status is a claim about what has been
/// published, never the portal's own judgement of progress; the wire names are those written in the
/// tracker's CSV and used as keys of <c>tracker.statuses</c> in the theme's strings.
/// </summary>
public static class TrackerStatus
{
    /// <summary>No progress report about the task group has been published on the portal.</summary>
    public const string NoReport = "chua-co-bao-cao";

    /// <summary>A published report (named in the row's source) says the work is under way.</summary>
    public const string InProgress = "dang-thuc-hien";

    /// <summary>A published report (named in the row's source) says the work is done.</summary>
    public const string Completed = "da-hoan-thanh";

    public static readonly IReadOnlyList<string> All = [NoReport, InProgress, Completed];
}
