namespace HaiPhongUrban.Portal.Sections.Following.Views;

/// <summary>The matrix rows of one kind of item ("limitation", "result"; the key of its heading in <c>kinds_plural</c>).</summary>
public sealed record TraceRowGroupView(string Kind, IReadOnlyList<TraceMatrixRowView> Rows);
