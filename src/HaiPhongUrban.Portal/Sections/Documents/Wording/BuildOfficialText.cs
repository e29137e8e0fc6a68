using HaiPhongUrban.Portal.Kernel.Text;
using HaiPhongUrban.Portal.Sections.Documents.Model;

namespace HaiPhongUrban.Portal.Sections.Documents.Wording;

/// <summary>
/// Models a validated full text: numbers and markers from position, each paragraph joined to what an
/// editorial layer says of it, corrections cut out as segments to mark without adding a character.
/// Runs only when validation found no error, so every reference here resolves.
/// </summary>
public static class BuildOfficialText
{
    /// <param name="editorial">What the section's editorial layer says of a paragraph; <see cref="Editorial.None"/> where it says nothing.</param>
    public static OfficialText Run(RawOfficialText raw, FullTextRoutes routes, Func<string, Editorial> editorial)
    {
        var corrections = raw.Corrections
            .Select(c => new Correction(c.Id.Value, c.ParagraphId.Value, c.Printed, c.Corrected, c.Reason))
            .ToList();
        var occurrences = raw.Corrections.ToDictionary(c => c.Id.Value, c => c.Occurrence ?? 1, StringComparer.Ordinal);

        Paragraph ToParagraph(RawParagraph paragraph) => new(
            paragraph.Id,
            paragraph.Text,
            Segment(paragraph.Text, corrections.Where(c => c.ParagraphId == paragraph.Id), occurrences),
            editorial(paragraph.Id));

        Section ToSection(RawSection section, int level)
        {
            var numbering = section.Numbering is { } n ? NumberingStyles.ByName[n.Value] : NumberingStyle.Parenthesized;
            ItemKind? kind = section.Kind is { } k ? ItemKinds.ByName[k.Value] : null;
            return new Section(
                section.Id,
                section.Number,
                section.Heading,
                level,
                kind,
                numbering,
                section.Intro.Select(ToParagraph).ToList(),
                section.Items.Select((item, index) => new NumberedItem(ToParagraph(item), index + 1, numbering.Marker(index + 1), kind, section.Id)).ToList(),
                section.Sections.Select(s => ToSection(s, level + 1)).ToList());
        }

        var text = raw.Text!;
        var wording = new FullText(
            text.TitleLines,
            new FullTextFacts(text.Facts.Issuer, text.Facts.MeetingDate, text.Facts.Signer),
            ToParagraph(text.Opening),
            text.Sections.Select(s => ToSection(s, 1)).ToList(),
            new Recipients(text.Recipients.Id, text.Recipients.Heading, text.Recipients.Items.Select(ToParagraph).ToList()),
            ToParagraph(text.Signature));
        return new OfficialText(
            raw.Key,
            wording,
            corrections,
            raw.Joins.Select(j => new PageBreakJoin(j.ParagraphId.Value, j.Before, j.After)).ToList(),
            raw.Source!,
            routes,
            text.FilePath);
    }

    /// <summary>Cuts the wording at each corrected word so the page can mark it without adding a character.</summary>
    private static IReadOnlyList<TextSegment> Segment(string text, IEnumerable<Correction> corrections, IReadOnlyDictionary<string, int> occurrences)
    {
        var marks = corrections
            .Select(c => (Start: TextSearch.Nth(text, c.Corrected, occurrences[c.Id])!.Value, c.Corrected.Length, c.Id))
            .OrderBy(m => m.Start)
            .ToList();
        var segments = new List<TextSegment>();
        var position = 0;
        foreach (var (start, length, id) in marks)
        {
            if (start > position)
            {
                segments.Add(new TextSegment(text[position..start], null));
            }

            segments.Add(new TextSegment(text.Substring(start, length), id));
            position = start + length;
        }

        if (position < text.Length || segments.Count == 0)
        {
            segments.Add(new TextSegment(text[position..], null));
        }

        return segments;
    }
}
