namespace HaiPhongUrban.Portal.Rendering.Views;

/// <summary>A page-break join in the provenance list.</summary>
public sealed record JoinView(ParagraphRefView Paragraph, string Before, string After);
