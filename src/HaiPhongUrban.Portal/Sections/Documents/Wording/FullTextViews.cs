using HaiPhongUrban.Portal.Kernel.Text;
using HaiPhongUrban.Portal.Sections.Documents.Model;
using HaiPhongUrban.Portal.Sections.Documents.Wording.Views;
using System.Globalization;
using System.Security.Cryptography;

namespace HaiPhongUrban.Portal.Sections.Documents.Wording;

/// <summary>
/// The views of one full text: the whole text with its table of contents (the <c>full-text</c> layout),
/// and its provenance. Every section that publishes a full text makes its pages from these, so the
/// Conclusion and every document are presented alike.
/// </summary>
/// <param name="baseUrl">The site's base URL, empty when unknown: citations then give paths.</param>
public sealed class FullTextViews(OfficialText text, string baseUrl)
{
    public ParagraphIndex Paragraphs { get; } = new(text, baseUrl);

    /// <param name="provenanceUrl">Where the text's provenance and errata are listed.</param>
    public FullTextView Page(string provenanceUrl)
    {
        var wording = text.Text;
        return new FullTextView(
            wording.TitleLines,
            Paragraphs.View(wording.Opening.Id),
            wording.Sections.Select(SectionView).ToList(),
            wording.Recipients.Id,
            wording.Recipients.Heading,
            wording.Recipients.Items.Select(r => Paragraphs.View(r.Id)).ToList(),
            Paragraphs.View(wording.Signature.Id),
            wording.Sections.Select(TocNode).ToList(),
            provenanceUrl,
            text.SourceDownload,
            new CitationView(
                wording.Facts.Issuer,
                wording.Facts.MeetingDate?.Year.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                string.Join(' ', wording.TitleLines)));
    }

    public ProvenanceView Provenance(string language) => new(
        text.SourceDownload,
        text.Source.FileName,
        DisplayFormat.Count(text.Source.Bytes.LongLength, language),
        Convert.ToHexStringLower(SHA256.HashData(text.Source.Bytes)),
        OfficialWording.Sha256(text.Text),
        text.Corrections.Select(c => new CorrectionView(c.Id, Paragraphs.Ref(c.ParagraphId), c.Printed, c.Corrected, c.Reason)).ToList(),
        text.Joins.Select(j => new JoinView(Paragraphs.Ref(j.ParagraphId), j.Before, j.After)).ToList());

    /// <summary>The first words of a paragraph, for the page description that search engines and link previews show.</summary>
    public static string Excerpt(string paragraph)
    {
        if (paragraph.Length <= 160)
        {
            return paragraph;
        }

        var cut = paragraph.LastIndexOf(' ', 157);
        return paragraph[..(cut > 0 ? cut : 157)] + "…";
    }

    private SectionView SectionView(Section section) => new(
        section.Id,
        section.NumberedHeading,
        section.Level + 1,
        section.Intro.Select(p => Paragraphs.View(p.Id)).ToList(),
        section.Items.Select(i => Paragraphs.View(i.Id)).ToList(),
        section.Sections.Select(SectionView).ToList());

    private TocNodeView TocNode(Section section) => new(
        section.NumberedHeading,
        string.Empty,
        text.Routes.Anchor(section.Id),
        section.Items
            .Select(i => new TocNodeView(i.Marker, i.Paragraph.Editorial.ShortTitle ?? string.Empty, text.Routes.Anchor(i.Id), []))
            .Concat(section.Sections.Select(TocNode))
            .ToList());
}
