using HaiPhongUrban.Portal.Sections.Documents.Model;

namespace HaiPhongUrban.Portal.Sections.Documents.Wording;

/// <summary>Every paragraph of a full text in reading order, with the section it stands in and its printed number.</summary>
public static class FullTextParagraphs
{
    public static IEnumerable<(Paragraph Paragraph, string SectionId, string Marker)> InOrder(FullText text)
    {
        yield return (text.Opening, string.Empty, string.Empty);
        foreach (var entry in text.Sections.SelectMany(OfSection))
        {
            yield return entry;
        }

        foreach (var recipient in text.Recipients.Items)
        {
            yield return (recipient, text.Recipients.Id, string.Empty);
        }

        yield return (text.Signature, string.Empty, string.Empty);
    }

    private static IEnumerable<(Paragraph, string, string)> OfSection(Section section) =>
        section.Intro.Select(p => (p, section.Id, string.Empty))
            .Concat(section.Items.Select(i => (i.Paragraph, section.Id, i.Marker)))
            .Concat(section.Sections.SelectMany(OfSection));
}
