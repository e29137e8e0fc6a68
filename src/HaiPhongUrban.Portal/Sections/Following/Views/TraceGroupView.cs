namespace HaiPhongUrban.Portal.Sections.Following.Views;

/// <summary>
/// An item's links of one relation: "answered_by" (a limitation's task groups), "built_on_by" (a
/// result's), "answers" and "builds_on" (a task group's limitations and results); the keys name the
/// headings in the theme's strings (<c>links.relations.*</c>).
/// </summary>
public sealed record TraceGroupView(string Relation, IReadOnlyList<TraceLinkView> Links);
