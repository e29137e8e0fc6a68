namespace HaiPhongUrban.Portal.Sections.Documents.Model;

/// <summary>
/// An official document's full text as the portal publishes it, word for word: the wording in its
/// structure, every difference from the transcription it was checked against (corrections and page-break
/// joins), that transcription itself (published unchanged, with its SHA-256), and where it lives.
/// </summary>
/// <param name="Key">The document's slug in the registry, or the section's own key ("ket-luan") for the Conclusion.</param>
/// <param name="SourcePath">The wording's file, where problems found on its page are reported.</param>
public sealed record OfficialText(
    string Key,
    FullText Text,
    IReadOnlyList<Correction> Corrections,
    IReadOnlyList<PageBreakJoin> Joins,
    SourceTranscription Source,
    FullTextRoutes Routes,
    string SourcePath)
{
    public string SourceDownload => Routes.SourceDownload(Source.FileName);
}
