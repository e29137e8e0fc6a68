using HaiPhongUrban.Portal.Kernel.Files;

namespace HaiPhongUrban.Portal.Sections.Conclusion.Content;

/// <summary>Editorial metadata for one paragraph (<c>ket-luan/bien-tap.yml</c>): never part of the wording.</summary>
public sealed record RawEditorialEntry(
    Located<string> ParagraphId,
    Located<string>? ShortTitle,
    IReadOnlyList<Located<string>> Themes,
    IReadOnlyList<Located<string>> Cites);
