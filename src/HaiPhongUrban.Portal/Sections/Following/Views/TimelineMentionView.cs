using HaiPhongUrban.Portal.Sections.Views;
namespace HaiPhongUrban.Portal.Sections.Following.Views;

/// <summary>
/// One place where the wording names a year or date: the exact phrase, with the words around it
/// (<see cref="Before"/>, <see cref="After"/>, cut at word boundaries) so the entry reads on its own.
/// <see cref="DateIso"/> is empty when the text names only a year.
/// </summary>
public sealed record TimelineMentionView(
    string Phrase,
    string Before,
    string After,
    string DateDisplay,
    string DateIso,
    ParagraphRefView Paragraph,
    string AnchorUrl);
