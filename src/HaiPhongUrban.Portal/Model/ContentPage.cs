namespace HaiPhongUrban.Portal.Model;

/// <summary>A Markdown page of <c>content/pages/</c>, served at <c>/&lt;slug&gt;/</c> with its layout.</summary>
public sealed record ContentPage(string Slug, string Title, string Description, string Layout, string Markdown, string SourcePath, int BodyLineOffset);
