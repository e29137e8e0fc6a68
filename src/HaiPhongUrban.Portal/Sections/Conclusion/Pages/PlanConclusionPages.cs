using HaiPhongUrban.Portal.Kernel.Urls;
using HaiPhongUrban.Portal.Kernel.Text;
using HaiPhongUrban.Portal.Sections.Conclusion.Model;
using HaiPhongUrban.Portal.Sections.Conclusion.Views;
using HaiPhongUrban.Portal.Sections.Documents.Model;
using HaiPhongUrban.Portal.Sections.Documents.Wording;
using HaiPhongUrban.Portal.Sections.Views;

namespace HaiPhongUrban.Portal.Sections.Conclusion.Pages;

/// <summary>
/// The Conclusion's pages, all under <c>/ket-luan/</c>: the full text (the Documents section's
/// <c>full-text</c> layout, like every full text), and one page per result, limitation, task group and
/// implementation item; and what it adds to pages it does not own: the home page's account of the
/// Conclusion, its provenance on the about page, the search page's way in without JavaScript.
/// </summary>
public sealed class PlanConclusionPages(PlanContext context)
{
    private static readonly NavItemView FullTextCrumb = new("full-text", ConclusionRoutes.FullText);

    private readonly FullTextViews _text = new(context.Site.ConclusionText, context.Site.Settings.BaseUrl);

    private FullText Conclusion => context.Site.Conclusion;

    private string SourcePath => context.Site.ConclusionSourcePath;

    public IEnumerable<PageToRender> Pages()
    {
        yield return FullTextPage();
        foreach (var item in Items())
        {
            yield return item;
        }
    }

    public IEnumerable<PagePanel> Panels(IEnumerable<string> aboutPages)
    {
        yield return new PagePanel(SitePage.Home, ConclusionSection.PanelName, Home());
        foreach (var url in aboutPages)
        {
            yield return new PagePanel(url, ConclusionSection.PanelName, _text.Provenance(context.Language));
        }

        yield return new PagePanel(SitePage.Search, ConclusionSection.PanelName, new LinkView(string.Empty, ConclusionRoutes.FullTextContents));
    }

    private PageToRender FullTextPage()
    {
        var title = string.Join(' ', Conclusion.TitleLines);

        // The description is the opening paragraph's first words: content, like the title.
        var page = context.InContentLanguage(context.Page(title, FullTextViews.Excerpt(Conclusion.Opening.Text), ConclusionRoutes.FullText, "full-text", []), title: true, description: true);
        return new(ConclusionRoutes.FullText, "full-text", page, _text.Page(ConclusionRoutes.About), SourcePath);
    }

    private IEnumerable<PageToRender> Items()
    {
        var items = Conclusion.ItemsWithPages;
        var paragraphs = _text.Paragraphs;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var section = FindSection(Conclusion.Sections, item.SectionId)!;
            var topicIds = item.Paragraph.Editorial.Topics.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
            var related = items
                .Where(other => other.Id != item.Id && other.Paragraph.Editorial.Topics.Any(t => topicIds.Contains(t.Id)))
                .Select(other => paragraphs.Ref(other.Id))
                .ToList();
            var cited = item.Paragraph.Editorial.CitedDocumentSlugs
                .Select(slug => context.Site.Documents.First(d => d.Slug == slug))
                .Select(d => new LinkView(d.Number.Length > 0 ? d.Number : d.Title, DocumentRoutes.Document(d.Slug)))
                .ToList();
            var view = new ItemView(
                paragraphs.View(item.Id),
                section.NumberedHeading,
                item.Paragraph.Editorial.Topics.Select(t => new TopicView(t.Id, t.Name)).ToList(),
                cited,
                related,
                i > 0 ? paragraphs.Ref(items[i - 1].Id) : ParagraphRefView.None,
                i < items.Count - 1 ? paragraphs.Ref(items[i + 1].Id) : ParagraphRefView.None,
                ConclusionRoutes.FullTextAnchor(item.Id),
                ConclusionRoutes.About);
            var url = ConclusionRoutes.ItemPage(item.Id);
            var title = $"{item.LabelNumber} {item.Paragraph.Editorial.ShortTitle}";

            // The layout names the page by its kind and number, interface words; the excerpt is wording.
            var page = context.InContentLanguage(context.Page(title, FullTextViews.Excerpt(item.Paragraph.Text), url, "full-text", [PlanContext.HomeCrumb, FullTextCrumb]), title: false, description: true);
            yield return new(url, "item", page, view, SourcePath);
        }
    }

    private ConclusionHomeView Home()
    {
        var facts = Conclusion.Facts;
        var documents = context.Site.Documents;
        var keyDates = documents
            .Where(d => d.Date is not null)
            .Select(d => (Date: d.Date!.Value, View: new KeyDateView(context.Date(d.Date), DisplayFormat.DateIso(d.Date), "document", $"{d.Number} {d.Title}".Trim(), DocumentRoutes.Document(d.Slug))))
            .Append((Date: facts.MeetingDate ?? DateOnly.MinValue, View: new KeyDateView(
                context.Date(facts.MeetingDate), DisplayFormat.DateIso(facts.MeetingDate), "meeting", string.Empty, ConclusionRoutes.FullText)))
            .Where(d => d.Date != DateOnly.MinValue)
            .OrderBy(d => d.Date)
            .Select(d => d.View)
            .ToList();
        var groups = Conclusion.ItemsWithPages
            .GroupBy(i => i.Kind!.Value)
            .Select(g => new KindGroupView(g.Key.Name(), g.Count(), g.Select(i => _text.Paragraphs.Ref(i.Id)).ToList()))
            .ToList();
        return new ConclusionHomeView(
            facts.Issuer,
            context.Date(facts.MeetingDate),
            DisplayFormat.DateIso(facts.MeetingDate),
            facts.Signer,
            Conclusion.TitleLines,
            keyDates,
            groups,
            Conclusion.AllParagraphs().Count(),
            documents.Count,
            ConclusionRoutes.FullText,
            DocumentRoutes.List,
            ConclusionRoutes.About);
    }

    private static Section? FindSection(IEnumerable<Section> sections, string id) =>
        sections.Select(s => s.Id == id ? s : FindSection(s.Sections, id)).FirstOrDefault(s => s is not null);
}
