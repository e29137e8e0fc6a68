namespace HaiPhongUrban.Portal.Sections.Documents.Wording.Views;

/// <summary>
/// A paragraph of official wording ready to show. <see cref="Marker"/> ("(1)", "1.") and
/// <see cref="ShortTitle"/> (editorial) are shown apart from <see cref="Segments"/>, the wording itself.
/// </summary>
/// <param name="Number">Its place in reading order, from 1: the number a citation gives, the <c>order</c> of the published paragraph table.</param>
/// <param name="CiteUrl">Its anchor as a citation gives it: absolute when the site has a base URL, else the path.</param>
public sealed record ParagraphView(
    string Id,
    string AnchorUrl,
    string PageUrl,
    string Marker,
    string LabelNumber,
    string Kind,
    string ShortTitle,
    IReadOnlyList<SegmentView> Segments,
    string Number,
    string CiteUrl);
