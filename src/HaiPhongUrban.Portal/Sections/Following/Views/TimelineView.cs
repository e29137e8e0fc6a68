namespace HaiPhongUrban.Portal.Sections.Following.Views;

/// <summary>The timeline page (<c>/moc-thoi-gian/</c>): every year the text names, split at the Conclusion's own date.</summary>
public sealed record TimelineView(
    IReadOnlyList<TimelineYearView> Years,
    int MentionCount,
    string MeetingDateDisplay,
    string MeetingDateIso,
    string DatasetUrl);
