using HaiPhongUrban.Portal.Diagnostics;
using HaiPhongUrban.Portal.Loading;

namespace HaiPhongUrban.Portal.Content;

/// <summary>
/// A Markdown page from <c>content/pages/</c>: front matter plus body. <see cref="BodyLineOffset"/>
/// is the number of lines before the body, so Markdown positions map back to the file's lines.
/// </summary>
public sealed record RawPage(
    string FilePath,
    string Slug,
    string Title,
    string Description,
    Located<string> Layout,
    string Body,
    int BodyLineOffset);
