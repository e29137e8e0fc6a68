using HaiPhongUrban.Portal.Sections.Views;
namespace HaiPhongUrban.Portal.Sections.Following.Views;

/// <summary>
/// One item's side of the traceability: its links grouped by relation. <see cref="Unanswered"/> flags
/// a limitation no task group is recorded as answering, so the page says so instead of showing nothing.
/// Implementation items have no groups.
/// </summary>
public sealed record TraceItemView(ParagraphRefView Item, string Id, IReadOnlyList<TraceGroupView> Groups, bool Unanswered);
