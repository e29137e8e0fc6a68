namespace HaiPhongUrban.Portal.Sections.Documents.Wording.Views;

/// <summary>An entry of the table of contents; <see cref="ShortTitle"/> is editorial and labelled so.</summary>
public sealed record TocNodeView(string Label, string ShortTitle, string Url, IReadOnlyList<TocNodeView> Children);
