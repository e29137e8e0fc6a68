using HaiPhongUrban.Portal.Sections.Documents.Views;
namespace HaiPhongUrban.Portal.Sections.Conclusion.Views;

/// <summary>The about page: its Markdown plus provenance: the source file, its hash, the errata.</summary>
public sealed record AboutView(
    string Html,
    string SourceUrl,
    string SourceFileName,
    string SourceBytesDisplay,
    string SourceSha256,
    string WordingSha256,
    IReadOnlyList<CorrectionView> Corrections,
    IReadOnlyList<JoinView> Joins);
