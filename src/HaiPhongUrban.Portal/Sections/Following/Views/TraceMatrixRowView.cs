using HaiPhongUrban.Portal.Sections.Views;
namespace HaiPhongUrban.Portal.Sections.Following.Views;

/// <summary>One row of the matrix: a limitation or result, with one cell per task group in text order.</summary>
public sealed record TraceMatrixRowView(ParagraphRefView Target, IReadOnlyList<TraceCellView> Cells, bool Unanswered);
