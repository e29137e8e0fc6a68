using HaiPhongUrban.Portal.Sections.Views;
namespace HaiPhongUrban.Portal.Sections.Following.Views;

/// <summary>
/// One task group on the tracker: its latest update (<see cref="TrackerEntryView.None"/> when there is
/// none) and every update newest first. <see cref="HasReport"/> is false while no published report
/// stands behind the latest status, which the page then says in plain words.
/// </summary>
public sealed record TrackerGroupView(
    ParagraphRefView TaskGroup,
    string Id,
    string Url,
    TrackerEntryView Latest,
    bool HasReport,
    IReadOnlyList<TrackerEntryView> History);
