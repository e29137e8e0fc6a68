using HaiPhongUrban.Portal.Kernel.Files;
using HaiPhongUrban.Portal.Kernel.Markdown;

namespace HaiPhongUrban.Portal.Sections.Pages.Content;

/// <summary>
/// A Markdown page from <c>content/pages/</c>: front matter plus body. <see cref="BodyLineOffset"/>
/// is the number of lines before the body, so Markdown positions map back to the file's lines. The body
/// is parsed as it is loaded, once, for validation, search and render alike.
/// <see cref="Updated"/> is the front matter's <c>updated:</c>, the date staff last changed the page, if given.
/// </summary>
public sealed record RawPage(
    string FilePath,
    string Slug,
    string Title,
    string Description,
    Located<string> Layout,
    ParsedMarkdown Body,
    int BodyLineOffset,
    DateOnly? Updated = null);
