using HaiPhongUrban.Portal.Sections.Views;
namespace HaiPhongUrban.Portal.Sections.Following.Views;

/// <summary>
/// What the Following section adds to the page of one result, limitation, task group or implementation
/// item: its side of the traceability (no groups for implementation items) and, for a task group only,
/// its tracker entry.
/// </summary>
public sealed record ItemFollowingView(TraceItemView Trace, string TraceUrl, IReadOnlyList<TrackerGroupView> Tracking)
{
    public static readonly ItemFollowingView None = new(new TraceItemView(ParagraphRefView.None, string.Empty, [], false), string.Empty, []);
}
