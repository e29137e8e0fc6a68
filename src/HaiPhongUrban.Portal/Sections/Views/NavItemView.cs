namespace HaiPhongUrban.Portal.Sections.Views;

/// <summary>An entry of the main navigation; its label is the theme string <c>nav.&lt;key&gt;</c>.</summary>
public sealed record NavItemView(string Key, string Url);
