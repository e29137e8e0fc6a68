namespace HaiPhongUrban.Portal.Sections.Documents.Wording.Views;

/// <summary>
/// Where a full text comes from and how it differs from it: the source transcription with its size and
/// SHA-256, the SHA-256 of the published wording, every correction and every page-break join. Shown by
/// the <c>provenance</c> partial on the Conclusion's about page and on each document's page.
/// </summary>
public sealed record ProvenanceView(
    string SourceUrl,
    string SourceFileName,
    string SourceBytesDisplay,
    string SourceSha256,
    string WordingSha256,
    IReadOnlyList<CorrectionView> Corrections,
    IReadOnlyList<JoinView> Joins)
{
    public static readonly ProvenanceView None = new(string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, [], []);
}
