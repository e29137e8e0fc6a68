namespace HaiPhongUrban.Portal.Sections.Views;

/// <summary>A link with a ready label (used where the label is content, not an interface string).</summary>
public sealed record LinkView(string Label, string Url);
