using System.Globalization;
using HaiPhongUrban.Portal.Sections.Documents.Model;

namespace HaiPhongUrban.Portal.Sections.Documents.Wording;

/// <summary>
/// What search finds in a full text, in reading order (results of equal score keep it): every heading,
/// and every paragraph at its anchor, since a reader is sent to the one paragraph that matched; an item
/// under its kind's name with its number and editorial short title, so that the script ranks those
/// above the wording.
/// </summary>
/// <remarks>
/// Every entry has a title, which the results list shows as the link: a paragraph without a short title
/// is titled by its place ("Đoạn mở đầu", "Đoạn 2" under its heading, "Chữ ký"), otherwise the page
/// could name it only by its kind, and the seven recipients or the signature would all read "Đoạn văn".
/// The place words are the theme's, in the content's language like the rest of the index.
/// </remarks>
public static class FullTextSearch
{
    public const string SectionKind = "section";
    public const string ParagraphKind = "paragraph";

    /// <summary>The kinds its entries have: a heading, a paragraph, or an item of one of <see cref="ItemKinds"/>.</summary>
    public static readonly IReadOnlyList<string> Kinds = [SectionKind, ParagraphKind, .. ItemKinds.ByName.Keys];

    /// <summary>The theme strings the titles of paragraphs without a short title are made of.</summary>
    public static readonly IReadOnlyList<string> RequiredStrings =
        ["full_text.search_opening", "full_text.search_paragraph", "full_text.search_signature"];

    public static IEnumerable<SearchEntry> Entries(OfficialText text, SearchWords words)
    {
        var wording = text.Text;
        // The document's own title, as the heading of the paragraphs that stand outside every section.
        var documentTitle = string.Join(' ', wording.TitleLines);
        var entries = new List<SearchEntry> { Wording(text, wording.Opening, string.Empty, words.At(["full_text", "search_opening"]), documentTitle) };
        foreach (var section in wording.Sections)
        {
            AddSection(text, section, words, entries);
        }

        entries.AddRange(wording.Recipients.Items.Select((r, i) => Wording(text, r, string.Empty, Numbered(words, (i + 1).ToString(CultureInfo.InvariantCulture)), wording.Recipients.Heading)));
        entries.Add(Wording(text, wording.Signature, string.Empty, words.At(["full_text", "search_signature"]), documentTitle));
        return entries;
    }

    private static void AddSection(OfficialText text, Section section, SearchWords words, List<SearchEntry> entries)
    {
        entries.Add(new SearchEntry(SectionKind, string.Empty, section.NumberedHeading, string.Empty, string.Empty, text.Routes.Anchor(section.Id)));
        entries.AddRange(section.Intro.Select((p, i) => Wording(text, p, string.Empty, Numbered(words, (i + 1).ToString(CultureInfo.InvariantCulture)), section.NumberedHeading)));
        foreach (var item in section.Items)
        {
            entries.Add(Wording(text, item.Paragraph, item.LabelNumber, item.Paragraph.Editorial.ShortTitle ?? Numbered(words, item.LabelNumber), section.NumberedHeading) with
            {
                Kind = item.Kind?.Name() ?? ParagraphKind,
            });
        }

        foreach (var child in section.Sections)
        {
            AddSection(text, child, words, entries);
        }
    }

    /// <summary>"Đoạn 2": a paragraph by its number under its heading (its place among them, or its printed number).</summary>
    private static string Numbered(SearchWords words, string number) =>
        words.At(["full_text", "search_paragraph"]).Replace("{number}", number, StringComparison.Ordinal);

    private static SearchEntry Wording(OfficialText text, Paragraph paragraph, string number, string title, string heading) =>
        new(ParagraphKind, number, title, heading, paragraph.Text, text.Routes.Anchor(paragraph.Id));
}
