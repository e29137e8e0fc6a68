using HaiPhongUrban.Portal.Kernel.Markdown;
using HaiPhongUrban.Portal.Routing;
using HaiPhongUrban.Portal.Model;
using HaiPhongUrban.Portal.Sections;
using HaiPhongUrban.Portal.Sections.Documents.Model;

namespace HaiPhongUrban.Portal.Rendering.Search;

/// <summary>
/// Collects what the search page finds from the model: every section heading and paragraph of the
/// Conclusion, every related document, dataset and Markdown page (one entry per sub-heading, so a
/// result leads to the part of the page that matched). Folding and ranking happen in the browser
/// (theme/assets/search-core.js); the index keeps the words as published so snippets quote them.
/// </summary>
public static class BuildSearchIndex
{
    /// <param name="documentType">
    /// The theme's name of a document type ("resolution" is "Nghị quyết"): readers search "nghị quyết 45",
    /// and the number alone does not say it. It joins the heading, not the title, so that the number
    /// still leads the title.
    /// </param>
    public static SearchIndex Run(Site site, Func<string, string> documentType)
    {
        var entries = new List<SearchEntry>();
        var conclusion = site.Conclusion;

        // Reading order of the Conclusion first: results of equal score keep this order.
        entries.Add(Wording(conclusion.Opening, string.Empty, string.Empty, string.Join(' ', conclusion.TitleLines)));
        foreach (var section in conclusion.Sections)
        {
            AddSection(section, entries);
        }

        entries.AddRange(conclusion.Recipients.Items.Select(r => Wording(r, string.Empty, string.Empty, conclusion.Recipients.Heading)));
        entries.Add(Wording(conclusion.Signature, string.Empty, string.Empty, string.Empty));

        entries.AddRange(site.Documents.Select(d => new SearchEntry(
            SearchKinds.Document,
            string.Empty,
            string.Join(' ', new[] { d.Number, d.Title }.Where(s => s.Length > 0)),
            string.Join(", ", new[] { documentType(d.Type), d.Issuer }.Where(s => s.Length > 0)),
            d.Note,
            UrlScheme.Document(d.Slug))));

        entries.AddRange(site.Datasets.Select(d => new SearchEntry(
            SearchKinds.Dataset,
            string.Empty,
            d.Title,
            // Keywords, not themes: a theme is shared by many datasets, so it would lift all of them
            // above the paragraphs that actually discuss the words (the theme pages list them).
            string.Join(", ", d.Keywords),
            d.Description,
            UrlScheme.Dataset(d.Slug))));

        foreach (var page in site.Pages)
        {
            entries.AddRange(MarkdownSections.Of(page.Markdown).Select(s => new SearchEntry(
                SearchKinds.Page,
                string.Empty,
                page.Title,
                s.Heading,
                s.Text,
                UrlScheme.Page(page.Slug) + (s.AnchorId.Length > 0 ? UrlScheme.Anchor(s.AnchorId) : string.Empty))));
        }

        return new SearchIndex(entries);
    }

    private static void AddSection(Section section, List<SearchEntry> entries)
    {
        entries.Add(new SearchEntry(SearchKinds.Section, string.Empty, section.NumberedHeading, string.Empty, string.Empty, UrlScheme.FullTextAnchor(section.Id)));
        entries.AddRange(section.Intro.Select(p => Wording(p, string.Empty, string.Empty, section.NumberedHeading)));
        foreach (var item in section.Items)
        {
            entries.Add(Wording(item.Paragraph, item.LabelNumber, item.Paragraph.Editorial.ShortTitle ?? string.Empty, section.NumberedHeading) with
            {
                Kind = item.Kind?.Name() ?? SearchKinds.Paragraph,
            });
        }

        foreach (var child in section.Sections)
        {
            AddSection(child, entries);
        }
    }

    /// <summary>A paragraph of official wording, found at its anchor in the full text (DESIGN.md: links to a single paragraph).</summary>
    private static SearchEntry Wording(Paragraph paragraph, string number, string title, string heading) =>
        new(SearchKinds.Paragraph, number, title, heading, paragraph.Text, UrlScheme.FullTextAnchor(paragraph.Id));
}
