namespace HaiPhongUrban.Portal.Sections.Views;

/// <summary>
/// A reference to a paragraph from elsewhere. Items have <see cref="Kind"/> and <see cref="Marker"/>
/// (shown as "Hạn chế (5)"); other paragraphs are named by <see cref="Context"/>, the heading they stand
/// under, or none for the opening paragraph.
/// </summary>
public sealed record ParagraphRefView(string Url, string Kind, string Marker, string ShortTitle, string Context)
{
    /// <summary>No paragraph (the first item has no previous one): an empty URL, since views hold no nulls.</summary>
    public static readonly ParagraphRefView None = new(string.Empty, string.Empty, string.Empty, string.Empty, string.Empty);
}
