namespace HaiPhongUrban.Portal.Sections.Following.Views;

/// <summary>The tracker page (<c>/theo-doi/</c>): an overview of every task group, then each one's history.</summary>
public sealed record TrackerView(
    IReadOnlyList<TrackerGroupView> Groups,
    int WithReportCount,
    IReadOnlyList<string> Statuses,
    string DatasetUrl,
    string GuideUrl);
