using HaiPhongUrban.Portal.Sections.Documents.Views;
using HaiPhongUrban.Portal.Sections.Following.Views;
using HaiPhongUrban.Portal.Sections.Views;
namespace HaiPhongUrban.Portal.Sections.Conclusion.Views;

/// <summary>
/// The page of one result, limitation, task group or implementation item. <see cref="Trace"/> is its
/// side of the traceability (no groups for implementation items); <see cref="Tracking"/> holds the
/// task group's tracker entry, and is empty for every other kind.
/// </summary>
public sealed record ItemView(
    ParagraphView Item,
    string SectionHeading,
    IReadOnlyList<TopicView> Topics,
    IReadOnlyList<LinkView> CitedDocuments,
    IReadOnlyList<ParagraphRefView> Related,
    ParagraphRefView Previous,
    ParagraphRefView Next,
    string FullTextUrl,
    string AboutUrl,
    TraceItemView Trace,
    string TraceUrl,
    IReadOnlyList<TrackerGroupView> Tracking);
