namespace HaiPhongUrban.Portal.Sections.Updates.Views;

/// <summary>One entry of the change history: its anchor, date, what changed and the addresses that changed.</summary>
public sealed record UpdateView(
    string Id,
    string DateIso,
    string DateDisplay,
    string Title,
    string Summary,
    string Url,
    IReadOnlyList<string> OtherUrls);
