namespace HaiPhongUrban.Portal.Rendering.Views;

/// <summary>The page of one result, limitation, task group or implementation item.</summary>
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
