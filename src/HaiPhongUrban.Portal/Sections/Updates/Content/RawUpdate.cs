using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Kernel.Files;

namespace HaiPhongUrban.Portal.Sections.Updates.Content;

/// <summary>
/// One entry of the update history (<c>cap-nhat.yml</c>), as written: what changed, when, and where on
/// the portal. Each value keeps its place so that checks after the render (the link check) can point at it.
/// </summary>
public sealed record RawUpdate(
    Located<string> Id,
    Located<DateOnly?> Date,
    Located<string> Title,
    Located<string> Summary,
    Located<string> Url,
    IReadOnlyList<Located<string>> OtherUrls,
    SourceLocation Location);
