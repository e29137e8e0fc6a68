using HaiPhongUrban.Portal.Sections.Documents.Wording.Views;
using HaiPhongUrban.Portal.Sections.Views;

namespace HaiPhongUrban.Portal.Sections.Conclusion.Views;

/// <summary>
/// The page of one result, limitation, task group or implementation item: its wording and editorial
/// metadata. What the Following section records of it (its side of the traceability, a task group's
/// latest status) reaches the page as that section's panel.
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
    string AboutUrl);
