namespace HaiPhongUrban.Portal.Sections.Documents.Wording.Views;

/// <summary>The full-text page: the wording in order, with its table of contents.</summary>
public sealed record FullTextView(
    IReadOnlyList<string> TitleLines,
    ParagraphView Opening,
    IReadOnlyList<SectionView> Sections,
    string RecipientsId,
    string RecipientsHeading,
    IReadOnlyList<ParagraphView> Recipients,
    ParagraphView Signature,
    IReadOnlyList<TocNodeView> Toc,
    string AboutUrl,
    string SourceUrl,
    CitationView Citation);
