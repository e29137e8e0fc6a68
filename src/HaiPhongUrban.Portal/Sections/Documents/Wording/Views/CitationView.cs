namespace HaiPhongUrban.Portal.Sections.Documents.Wording.Views;

/// <summary>
/// What every paragraph's citation on a full-text page shares: who issued the text and when (each empty
/// when the text does not say), and its title. The paragraph adds its number and address, the page its date.
/// </summary>
public sealed record CitationView(string Author, string Year, string Title);
