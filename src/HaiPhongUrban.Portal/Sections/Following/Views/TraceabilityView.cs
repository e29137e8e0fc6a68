namespace HaiPhongUrban.Portal.Sections.Following.Views;

/// <summary>
/// The traceability page (<c>/lien-ket/</c>): the matrix of task groups (columns, in text order)
/// against limitations and results (row groups), then the same links listed from each side. All of
/// it is made from one list of links, so the matrix and the lists cannot disagree.
/// </summary>
public sealed record TraceabilityView(
    IReadOnlyList<TraceItemView> TaskGroups,
    IReadOnlyList<TraceRowGroupView> RowGroups,
    IReadOnlyList<TraceListView> Lists,
    int LinkCount,
    int UnansweredCount,
    string DatasetUrl,
    string AboutUrl);
