using HaiPhongUrban.Portal.Sections.Views;
namespace HaiPhongUrban.Portal.Sections.Documents.Views;

/// <summary>A related document; <see cref="Label"/> is its number, or its title when the text gives no number. Empty fields are shown as "not stated in the text", never hidden or guessed.</summary>
public sealed record DocumentView(
    string Slug,
    string Url,
    string Label,
    string Type,
    string Number,
    string DateDisplay,
    string DateIso,
    string Issuer,
    string Title,
    string Relation,
    string Note,
    IReadOnlyList<ParagraphRefView> CitedBy);
