using HaiPhongUrban.Portal.Kernel.Urls;
using HaiPhongUrban.Portal.Sections.Documents.Model;
using HaiPhongUrban.Portal.Sections.Documents.Wording.Views;
using HaiPhongUrban.Portal.Sections.Views;
using System.Globalization;

namespace HaiPhongUrban.Portal.Sections.Documents.Wording;

/// <summary>
/// Makes the view of any paragraph by id: its wording segments, its number, and how other pages
/// refer to it. Built once per build from the model; read by every page in parallel.
/// </summary>
public sealed class ParagraphIndex
{
    private readonly FullTextRoutes _routes;
    private readonly string _baseUrl;

    /// <summary>Each paragraph's place in reading order, counted as the published paragraph table counts it.</summary>
    private readonly Dictionary<string, int> _order = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (Paragraph Paragraph, NumberedItem? Item, string Context)> _byId = new(StringComparer.Ordinal);

    /// <param name="baseUrl">The site's base URL, empty when unknown: citations then give paths.</param>
    public ParagraphIndex(OfficialText text, string baseUrl)
    {
        _routes = text.Routes;
        _baseUrl = baseUrl;
        var conclusion = text.Text;
        _byId[conclusion.Opening.Id] = (conclusion.Opening, null, string.Empty);
        foreach (var section in conclusion.Sections)
        {
            AddSection(section);
        }

        foreach (var recipient in conclusion.Recipients.Items)
        {
            _byId[recipient.Id] = (recipient, null, conclusion.Recipients.Heading);
        }

        _byId[conclusion.Signature.Id] = (conclusion.Signature, null, string.Empty);
        foreach (var (p, index) in FullTextParagraphs.InOrder(conclusion).Select((p, index) => (p.Paragraph, index)))
        {
            _order[p.Id] = index + 1;
        }
    }

    public ParagraphView View(string id)
    {
        var (paragraph, item, _) = _byId[id];
        return new ParagraphView(
            paragraph.Id,
            _routes.Anchor(paragraph.Id),
            item?.Kind is not null && _routes.ItemPages ? _routes.ItemPage(paragraph.Id) : string.Empty,
            item?.Marker ?? string.Empty,
            item?.LabelNumber ?? string.Empty,
            item?.Kind?.Name() ?? string.Empty,
            paragraph.Editorial.ShortTitle ?? string.Empty,
            paragraph.Segments.Select(s => new SegmentView(s.Text, s.CorrectionId is { } c ? _routes.Correction(c) : string.Empty)).ToList(),
            _order[paragraph.Id].ToString(CultureInfo.InvariantCulture),
            UrlPath.Absolute(_baseUrl, _routes.Anchor(paragraph.Id)) ?? _routes.Anchor(paragraph.Id));
    }

    /// <summary>How another page links to the paragraph: its own page when it has one, else its anchor.</summary>
    public ParagraphRefView Ref(string id)
    {
        var (paragraph, item, context) = _byId[id];
        var url = item?.Kind is not null && _routes.ItemPages ? _routes.ItemPage(id) : _routes.Anchor(id);
        return new ParagraphRefView(url, item?.Kind?.Name() ?? string.Empty, item?.LabelNumber ?? string.Empty, paragraph.Editorial.ShortTitle ?? string.Empty, context);
    }


    private void AddSection(Section section)
    {
        foreach (var paragraph in section.Intro)
        {
            _byId[paragraph.Id] = (paragraph, null, section.NumberedHeading);
        }

        foreach (var item in section.Items)
        {
            _byId[item.Id] = (item.Paragraph, item, section.NumberedHeading);
        }

        foreach (var child in section.Sections)
        {
            AddSection(child);
        }
    }
}
