namespace HaiPhongUrban.Portal.Sections.Conclusion.Views;

/// <summary>An editorial theme attached to a paragraph.</summary>
public sealed record TopicView(string Id, string Name);
