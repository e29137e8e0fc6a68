namespace HaiPhongUrban.Portal.Sections.Documents.Wording.Views;

/// <summary>
/// A paragraph of official wording ready to show. <see cref="Marker"/> ("(1)", "1.") and
/// <see cref="ShortTitle"/> (editorial) are shown apart from <see cref="Segments"/>, the wording itself.
/// </summary>
public sealed record ParagraphView(
    string Id,
    string AnchorUrl,
    string PageUrl,
    string Marker,
    string LabelNumber,
    string Kind,
    string ShortTitle,
    IReadOnlyList<SegmentView> Segments);
