using HaiPhongUrban.Portal.Sections.Documents.Wording;

namespace HaiPhongUrban.Portal.Sections.Documents.Content;

/// <summary>
/// The Documents section's raw part: the registry (<c>van-ban.yml</c>) and the full texts published
/// for some of its documents, one folder each (<c>van-ban/&lt;slug&gt;/</c>, in slug order).
/// </summary>
public sealed record RawDocuments(string FilePath, IReadOnlyList<RawDocument> Documents, IReadOnlyList<RawOfficialText> FullTexts);
