namespace HaiPhongUrban.Portal.Sections.Following.Views;

/// <summary>
/// The links listed from one side: <see cref="Key"/> ("by_limitation", "by_result", "by_task_group")
/// names its heading in the theme's strings (<c>links.lists.*</c>) and its anchor.
/// </summary>
public sealed record TraceListView(string Key, string Id, IReadOnlyList<TraceItemView> Items);
