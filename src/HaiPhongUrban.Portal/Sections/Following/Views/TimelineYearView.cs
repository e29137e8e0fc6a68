namespace HaiPhongUrban.Portal.Sections.Following.Views;

/// <summary>
/// One year on the timeline. <see cref="Horizon"/> marks a year after the Conclusion's own date (a
/// target the text sets, not an event it records); <see cref="Gap"/> ("s", "m", "l", "xl") is how far
/// it stands from the year before, which the visual axis shows as space.
/// </summary>
public sealed record TimelineYearView(
    int Year,
    string Id,
    string Url,
    bool Horizon,
    string Gap,
    IReadOnlyList<TimelineMentionView> Mentions);
