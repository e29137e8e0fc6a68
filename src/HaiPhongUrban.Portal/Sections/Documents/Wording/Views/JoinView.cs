using HaiPhongUrban.Portal.Sections.Views;
namespace HaiPhongUrban.Portal.Sections.Documents.Wording.Views;

/// <summary>A page-break join in the provenance list.</summary>
public sealed record JoinView(ParagraphRefView Paragraph, string Before, string After);
