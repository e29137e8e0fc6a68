namespace HaiPhongUrban.Portal.Sections.Conclusion.Views;

/// <summary>The home page: what this is, key dates, counts and entry points.</summary>
public sealed record ConclusionHomeView(
    string Issuer,
    string MeetingDateDisplay,
    string MeetingDateIso,
    string Signer,
    IReadOnlyList<string> TitleLines,
    IReadOnlyList<KeyDateView> KeyDates,
    IReadOnlyList<KindGroupView> Groups,
    int ParagraphCount,
    int DocumentCount,
    string FullTextUrl,
    string DocumentsUrl,
    string AboutUrl);
