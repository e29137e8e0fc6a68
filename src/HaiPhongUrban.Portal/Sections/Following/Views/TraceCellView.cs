namespace HaiPhongUrban.Portal.Sections.Following.Views;

/// <summary>One cell of the matrix: the relation ("answers", "builds_on") and where the link is explained, or empty strings when there is none.</summary>
public sealed record TraceCellView(string Relation, string Url);
