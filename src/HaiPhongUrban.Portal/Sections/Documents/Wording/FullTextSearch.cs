using HaiPhongUrban.Portal.Sections.Documents.Model;

namespace HaiPhongUrban.Portal.Sections.Documents.Wording;

/// <summary>
/// What search finds in a full text, in reading order (results of equal score keep it): every heading,
/// and every paragraph at its anchor (a reader cites and shares one paragraph, so search leads to it), an item under its kind's
/// name with its number and editorial short title, so that the script ranks those above the wording.
/// </summary>
public static class FullTextSearch
{
    public const string SectionKind = "section";
    public const string ParagraphKind = "paragraph";

    /// <summary>The kinds its entries have: a heading, a paragraph, or an item of one of <see cref="ItemKinds"/>.</summary>
    public static readonly IReadOnlyList<string> Kinds = [SectionKind, ParagraphKind, .. ItemKinds.ByName.Keys];

    public static IEnumerable<SearchEntry> Entries(OfficialText text)
    {
        var wording = text.Text;
        var entries = new List<SearchEntry> { Wording(text, wording.Opening, string.Empty, string.Empty, string.Join(' ', wording.TitleLines)) };
        foreach (var section in wording.Sections)
        {
            AddSection(text, section, entries);
        }

        entries.AddRange(wording.Recipients.Items.Select(r => Wording(text, r, string.Empty, string.Empty, wording.Recipients.Heading)));
        entries.Add(Wording(text, wording.Signature, string.Empty, string.Empty, string.Empty));
        return entries;
    }

    private static void AddSection(OfficialText text, Section section, List<SearchEntry> entries)
    {
        entries.Add(new SearchEntry(SectionKind, string.Empty, section.NumberedHeading, string.Empty, string.Empty, text.Routes.Anchor(section.Id)));
        entries.AddRange(section.Intro.Select(p => Wording(text, p, string.Empty, string.Empty, section.NumberedHeading)));
        foreach (var item in section.Items)
        {
            entries.Add(Wording(text, item.Paragraph, item.LabelNumber, item.Paragraph.Editorial.ShortTitle ?? string.Empty, section.NumberedHeading) with
            {
                Kind = item.Kind?.Name() ?? ParagraphKind,
            });
        }

        foreach (var child in section.Sections)
        {
            AddSection(text, child, entries);
        }
    }

    private static SearchEntry Wording(OfficialText text, Paragraph paragraph, string number, string title, string heading) =>
        new(ParagraphKind, number, title, heading, paragraph.Text, text.Routes.Anchor(paragraph.Id));
}
