using HaiPhongUrban.Portal.Kernel.Markdown;

namespace HaiPhongUrban.Portal.Sections.Pages.Model;

/// <summary>
/// A Markdown page of <c>content/pages/</c>, served at <c>/&lt;slug&gt;/</c> with its layout.
/// <see cref="Updated"/> is its front matter's <c>updated:</c>, null when staff gave none.
/// </summary>
public sealed record ContentPage(string Slug, string Title, string Description, string Layout, ParsedMarkdown Markdown, string SourcePath, int BodyLineOffset, DateOnly? Updated = null);
