namespace HaiPhongUrban.Portal.Sections.Documents.Wording.Views;

/// <summary>A heading of the text and what stands under it, for the full-text page (rendered recursively).</summary>
public sealed record SectionView(
    string Id,
    string NumberedHeading,
    int HeadingLevel,
    IReadOnlyList<ParagraphView> Intro,
    IReadOnlyList<ParagraphView> Items,
    IReadOnlyList<SectionView> Sections);
