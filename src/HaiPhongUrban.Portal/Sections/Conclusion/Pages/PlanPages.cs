using HaiPhongUrban.Portal.Kernel.Markdown;
using HaiPhongUrban.Portal.Kernel.Text;
using HaiPhongUrban.Portal.Routing;
using HaiPhongUrban.Portal.Sections.Datasets.Pages;
using HaiPhongUrban.Portal.Sections.Pages.Views;
using HaiPhongUrban.Portal.Sections.Updates.Views;
using HaiPhongUrban.Portal.Kernel.Theme;
using HaiPhongUrban.Portal.Model;
using HaiPhongUrban.Portal.Rendering.Views;
using HaiPhongUrban.Portal.Sections.Conclusion.Views;
using HaiPhongUrban.Portal.Sections.Datasets.Model;
using HaiPhongUrban.Portal.Sections.Documents.Model;
using HaiPhongUrban.Portal.Sections.Documents.Pages;
using HaiPhongUrban.Portal.Sections.Documents.Views;
using HaiPhongUrban.Portal.Sections.Following.Pages;
using HaiPhongUrban.Portal.Sections.Pages.Model;
using HaiPhongUrban.Portal.Sections.Views;
using System.Security.Cryptography;

namespace HaiPhongUrban.Portal.Sections.Conclusion.Pages;

/// <summary>
/// Decides the pages of the site from the model: which exist, at which URL, with which layout and
/// view model. All computing happens here, so the templates only present.
/// </summary>
/// <param name="search">The search page's files, which exist only once the index and theme assets are published.</param>
/// <param name="strings">The site language's theme strings, which word the descriptions of pages content does not describe.</param>
public sealed class PlanPages(Site site, IReadOnlyList<PublishedDataset> published, SearchView search, StringTable strings)
{
    private static readonly NavItemView HomeCrumb = new("home", UrlScheme.Home);

    private readonly ParagraphIndex _paragraphs = new(site.Conclusion);
    private readonly PageDates _dates = new(site);
    private readonly PageDescriptions _descriptions = new(strings);

    private PlanFollowingPages Following => field ??= new(site, _paragraphs, _descriptions, (title, description, url, navKey) => Page(title, description, url, navKey, HomeCrumb));

    private string Language => site.Settings.Language;

    public IReadOnlyList<PageToRender> Run()
    {
        var pages = new List<PageToRender> { Home(), FullText(), DocumentList() };
        pages.AddRange(Items());
        pages.AddRange(site.Documents.Select(DocumentPage));
        pages.AddRange(Following.Run());
        pages.AddRange(site.Pages.Select(ContentPage));
        pages.AddRange(new PlanDatasetPages(site, published, _descriptions, _dates).Run());
        pages.Add(Updates());
        pages.Add(Search());
        pages.Add(NotFound());
        return pages;
    }

    private PageView Page(string title, string description, string url, string navKey, params NavItemView[] breadcrumbs)
    {
        var updated = _dates.Of(url);
        return new(title, description, url, UrlScheme.Absolute(site.Settings.BaseUrl, url) ?? string.Empty, navKey, breadcrumbs,
            ParagraphIndex.DateIso(updated), ParagraphIndex.DateDisplay(updated, Language));
    }

    /// <summary>Marks the page's title and/or description as Vietnamese content for an interface in another language.</summary>
    private PageView InContentLanguage(PageView page, bool title, bool description) =>
        ContentLanguageMarks.Mark(page, Language, title, description);

    private PageToRender Home()
    {
        var conclusion = site.Conclusion;
        var keyDates = site.Documents
            .Where(d => d.Date is not null)
            .Select(d => (Date: d.Date!.Value, View: new KeyDateView(ParagraphIndex.DateDisplay(d.Date, Language), ParagraphIndex.DateIso(d.Date), "document", $"{d.Number} {d.Title}".Trim(), UrlScheme.Document(d.Slug))))
            .Append((Date: conclusion.Facts.MeetingDate ?? DateOnly.MinValue, View: new KeyDateView(
                ParagraphIndex.DateDisplay(conclusion.Facts.MeetingDate, Language), ParagraphIndex.DateIso(conclusion.Facts.MeetingDate), "meeting", string.Empty, UrlScheme.FullText)))
            .Where(d => d.Date != DateOnly.MinValue)
            .OrderBy(d => d.Date)
            .Select(d => d.View)
            .ToList();
        var groups = conclusion.ItemsWithPages
            .GroupBy(i => i.Kind!.Value)
            .Select(g => new KindGroupView(g.Key.Name(), g.Count(), g.Select(i => _paragraphs.Ref(i.Id)).ToList()))
            .ToList();
        var view = new HomeView(
            conclusion.Facts.Issuer,
            ParagraphIndex.DateDisplay(conclusion.Facts.MeetingDate, Language),
            ParagraphIndex.DateIso(conclusion.Facts.MeetingDate),
            conclusion.Facts.Signer,
            conclusion.TitleLines,
            keyDates,
            groups,
            conclusion.AllParagraphs().Count(),
            site.Documents.Count,
            UrlScheme.FullText,
            UrlScheme.Documents,
            UrlScheme.About,
            UrlScheme.Traceability,
            UrlScheme.Timeline,
            UrlScheme.Tracker);
        return new(UrlScheme.Home, "home", Page(site.Settings.Interface.Title, site.Settings.Interface.Description, UrlScheme.Home, "home"), view, site.ConclusionSourcePath);
    }

    private PageToRender FullText()
    {
        var conclusion = site.Conclusion;
        var view = new FullTextView(
            conclusion.TitleLines,
            _paragraphs.View(conclusion.Opening.Id),
            conclusion.Sections.Select(SectionView).ToList(),
            conclusion.Recipients.Id,
            conclusion.Recipients.Heading,
            conclusion.Recipients.Items.Select(r => _paragraphs.View(r.Id)).ToList(),
            _paragraphs.View(conclusion.Signature.Id),
            conclusion.Sections.Select(TocNode).ToList(),
            UrlScheme.About,
            UrlScheme.SourceDownload(site.Source.FileName));
        var title = string.Join(' ', conclusion.TitleLines);
        // The description is the opening paragraph's first words: content, like the title.
        var page = InContentLanguage(Page(title, Excerpt(conclusion.Opening.Text), UrlScheme.FullText, "full-text"), title: true, description: true);
        return new(UrlScheme.FullText, "full-text", page, view, site.ConclusionSourcePath);
    }

    private SectionView SectionView(Section section) => new(
        section.Id,
        section.NumberedHeading,
        section.Level + 1,
        section.Intro.Select(p => _paragraphs.View(p.Id)).ToList(),
        section.Items.Select(i => _paragraphs.View(i.Id)).ToList(),
        section.Sections.Select(SectionView).ToList());

    private TocNodeView TocNode(Section section) => new(
        section.NumberedHeading,
        string.Empty,
        UrlScheme.FullTextAnchor(section.Id),
        section.Items
            .Select(i => new TocNodeView(i.Marker, i.Paragraph.Editorial.ShortTitle ?? string.Empty, UrlScheme.FullTextAnchor(i.Id), []))
            .Concat(section.Sections.Select(TocNode))
            .ToList());

    private IEnumerable<PageToRender> Items()
    {
        var items = site.Conclusion.ItemsWithPages;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var section = FindSection(site.Conclusion.Sections, item.SectionId)!;
            var topicIds = item.Paragraph.Editorial.Topics.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
            var related = items
                .Where(other => other.Id != item.Id && other.Paragraph.Editorial.Topics.Any(t => topicIds.Contains(t.Id)))
                .Select(other => _paragraphs.Ref(other.Id))
                .ToList();
            var cited = item.Paragraph.Editorial.CitedDocumentSlugs
                .Select(slug => site.Documents.First(d => d.Slug == slug))
                .Select(d => new LinkView(DocumentLabel(d), UrlScheme.Document(d.Slug)))
                .ToList();
            var view = new ItemView(
                _paragraphs.View(item.Id),
                section.NumberedHeading,
                item.Paragraph.Editorial.Topics.Select(t => new TopicView(t.Id, t.Name)).ToList(),
                cited,
                related,
                i > 0 ? _paragraphs.Ref(items[i - 1].Id) : ParagraphRefView.None,
                i < items.Count - 1 ? _paragraphs.Ref(items[i + 1].Id) : ParagraphRefView.None,
                UrlScheme.FullTextAnchor(item.Id),
                UrlScheme.About,
                Following.TraceOf(item),
                UrlScheme.TraceItem(item.Id),
                Following.TrackingOf(item));
            var url = UrlScheme.ItemPage(item.Id);
            var title = $"{item.LabelNumber} {item.Paragraph.Editorial.ShortTitle}";
            // The layout names the page by its kind and number, interface words; the excerpt is wording.
            var page = InContentLanguage(Page(title, Excerpt(item.Paragraph.Text), url, "full-text", HomeCrumb, new NavItemView("full-text", UrlScheme.FullText)), title: false, description: true);
            yield return new(url, "item", page, view, site.ConclusionSourcePath);
        }
    }

    private PageToRender DocumentList()
    {
        var view = new DocumentListView(site.Documents.Select(DocumentView).ToList());
        return new(UrlScheme.Documents, "documents", Page(string.Empty, _descriptions.DocumentList(), UrlScheme.Documents, "documents"), view, site.DocumentsSourcePath);
    }

    private PageToRender DocumentPage(RelatedDocument document)
    {
        var url = UrlScheme.Document(document.Slug);
        // Even a number is content: "09-NQ/ĐH" is written in Vietnamese; so is the title in the description.
        var page = InContentLanguage(Page(DocumentLabel(document), _descriptions.Document(document), url, "documents", HomeCrumb, new NavItemView("documents", UrlScheme.Documents)), title: true, description: true);
        return new(url, "document", page, DocumentView(document), site.DocumentsSourcePath);
    }

    private DocumentView DocumentView(RelatedDocument d) => new(
        d.Slug,
        UrlScheme.Document(d.Slug),
        DocumentLabel(d),
        d.Type,
        d.Number,
        ParagraphIndex.DateDisplay(d.Date, Language),
        ParagraphIndex.DateIso(d.Date),
        d.Issuer,
        d.Title,
        d.Relation,
        d.Note,
        d.CitingParagraphIds.Select(_paragraphs.Ref).ToList());

    private PageToRender ContentPage(ContentPage page)
    {
        var html = MarkdownPages.ToHtml(page.Markdown);
        var url = UrlScheme.Page(page.Slug);
        object view = page.Layout == "about" ? About(html) : new MarkdownPageView(html);
        return new(url, page.Layout, InContentLanguage(Page(page.Title, page.Description, url, page.Slug), title: true, description: true), view, page.SourcePath);
    }

    private AboutView About(string html) => new(
        html,
        UrlScheme.SourceDownload(site.Source.FileName),
        site.Source.FileName,
        DisplayFormat.Count(site.Source.Bytes.LongLength, Language),
        Convert.ToHexStringLower(SHA256.HashData(site.Source.Bytes)),
        OfficialWording.Sha256(site.Conclusion),
        site.Corrections.Select(c => new CorrectionView(c.Id, _paragraphs.Ref(c.ParagraphId), c.Printed, c.Corrected, c.Reason)).ToList(),
        site.Joins.Select(j => new JoinView(_paragraphs.Ref(j.ParagraphId), j.Before, j.After)).ToList());

    /// <summary>The change history. Its links are the updates' addresses, so the link check tests each one, reported in cap-nhat.yml.</summary>
    private PageToRender Updates()
    {
        var view = new UpdatesView(
            site.Updates.Select(u => new UpdateView(u.Id, ParagraphIndex.DateIso(u.Date), ParagraphIndex.DateDisplay(u.Date, Language), u.Title, u.Summary, u.Url, u.OtherUrls)).ToList(),
            UrlScheme.Feed);
        return new(UrlScheme.Updates, "updates", Page(string.Empty, _descriptions.Updates(), UrlScheme.Updates, string.Empty), view, site.UpdatesSourcePath);
    }

    private PageToRender Search() =>
        new(UrlScheme.Search, "search", Page(string.Empty, _descriptions.Search(), UrlScheme.Search, "search"), search, site.ConclusionSourcePath);

    private PageToRender NotFound() =>
        new(UrlScheme.NotFound, "not-found", Page(string.Empty, _descriptions.NotFound(), UrlScheme.NotFound, string.Empty), new MarkdownPageView(string.Empty), site.ConclusionSourcePath);

    /// <summary>"04-NQ/TU" when the document has a number, else its title (the text names some only by title).</summary>
    private static string DocumentLabel(RelatedDocument d) => d.Number.Length > 0 ? d.Number : d.Title;

    /// <summary>The first words of a paragraph, for the page description that search engines and link previews show.</summary>
    private static string Excerpt(string text)
    {
        if (text.Length <= 160)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', 157);
        return text[..(cut > 0 ? cut : 157)] + "…";
    }

    private static Section? FindSection(IEnumerable<Section> sections, string id) =>
        sections.Select(s => s.Id == id ? s : FindSection(s.Sections, id)).FirstOrDefault(s => s is not null);
}
