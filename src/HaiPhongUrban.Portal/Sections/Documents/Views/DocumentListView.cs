namespace HaiPhongUrban.Portal.Sections.Documents.Views;

/// <summary>The registry page: every document the Conclusion names.</summary>
public sealed record DocumentListView(IReadOnlyList<DocumentView> Documents);
