using HaiPhongUrban.Portal.Kernel.Files;

namespace HaiPhongUrban.Portal.Sections.Pages.Content;

/// <summary>
/// A Markdown page from <c>content/pages/</c>: front matter plus body. <see cref="BodyLineOffset"/>
/// is the number of lines before the body, so Markdown positions map back to the file's lines.
/// <see cref="Updated"/> is the front matter's <c>updated:</c>, the date staff last changed the page, if given.
/// </summary>
public sealed record RawPage(
    string FilePath,
    string Slug,
    string Title,
    string Description,
    Located<string> Layout,
    string Body,
    int BodyLineOffset,
    DateOnly? Updated = null);
