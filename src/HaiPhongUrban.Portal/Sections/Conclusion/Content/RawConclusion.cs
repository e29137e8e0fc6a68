using HaiPhongUrban.Portal.Sections.Documents.Wording;

namespace HaiPhongUrban.Portal.Sections.Conclusion.Content;

/// <summary>
/// The Conclusion section's raw part: its full text (<c>ket-luan/</c>: wording, errata, transcription)
/// and its editorial layer, kept apart from the wording: the short titles, themes and citations of
/// <c>bien-tap.yml</c>, and the links between task groups and limitations or results of <c>lien-ket.yml</c>.
/// </summary>
public sealed record RawConclusion(
    RawOfficialText Text,
    IReadOnlyList<RawEditorialEntry> Editorial,
    IReadOnlyList<RawTraceLink> TraceLinks,
    string TraceLinksPath);
