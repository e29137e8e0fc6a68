namespace HaiPhongUrban.Portal.Sections.Updates.Views;

/// <summary>The change history page: every update, newest first, and the Atom feed that carries the same entries.</summary>
public sealed record UpdatesView(IReadOnlyList<UpdateView> Updates, string FeedUrl);
