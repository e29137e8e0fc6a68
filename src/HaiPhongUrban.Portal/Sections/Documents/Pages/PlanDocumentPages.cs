using HaiPhongUrban.Portal.Kernel.Text;
using HaiPhongUrban.Portal.Sections.Documents.Wording.Views;
using HaiPhongUrban.Portal.Sections.Documents.Model;
using HaiPhongUrban.Portal.Sections.Documents.Views;
using HaiPhongUrban.Portal.Sections.Documents.Wording;
using HaiPhongUrban.Portal.Sections.Views;

namespace HaiPhongUrban.Portal.Sections.Documents.Pages;

/// <summary>
/// The registry's pages: the list, one page per document, and the full text of each document that has
/// one, in the <c>full-text</c> layout the Conclusion's full text uses.
/// </summary>
public sealed class PlanDocumentPages(PlanContext context)
{
    private static readonly NavItemView DocumentsCrumb = new("documents", DocumentRoutes.List);

    private readonly Dictionary<string, FullTextViews> _texts = context.Site.OfficialTexts.All.ToDictionary(t => t.Key, t => new FullTextViews(t, context.Site.Settings.BaseUrl), StringComparer.Ordinal);

    private IReadOnlyList<RelatedDocument> Documents => context.Site.Documents;

    private string SourcePath => context.Site.Get<DocumentsPart>().SourcePath;

    public IEnumerable<PageToRender> Run()
    {
        yield return List();
        foreach (var document in Documents)
        {
            yield return DocumentPage(document);
        }

        foreach (var document in Documents.Where(d => d.FullText is not null))
        {
            yield return FullTextPage(document, document.FullText!);
        }
    }

    /// <summary>"04-NQ/TU" when the document has a number, else its title (the text names some only by title).</summary>
    public static string Label(RelatedDocument d) => d.Number.Length > 0 ? d.Number : d.Title;

    private PageToRender List()
    {
        var view = new DocumentListView(Documents.Select(View).ToList());
        return new(DocumentRoutes.List, "documents", context.Page(string.Empty, context.Strings.At("documents", "lead"), DocumentRoutes.List, "documents", []), view, SourcePath);
    }

    private PageToRender DocumentPage(RelatedDocument document)
    {
        var url = DocumentRoutes.Document(document.Slug);

        // Even a number is content: "09-NQ/ĐH" is written in Vietnamese; so is the title in the description.
        var page = context.InContentLanguage(context.Page(Label(document), Description(document), url, "documents", [PlanContext.HomeCrumb, DocumentsCrumb]), title: true, description: true);
        return new(url, "document", page, View(document), SourcePath);
    }

    private PageToRender FullTextPage(RelatedDocument document, OfficialText text)
    {
        var url = DocumentRoutes.FullText(document.Slug);
        var title = string.Join(' ', text.Text.TitleLines);
        var view = _texts[text.Key].Page(DocumentRoutes.Provenance(document.Slug));
        var page = context.InContentLanguage(
            context.Page(title, FullTextViews.Excerpt(text.Text.Opening.Text), url, "documents", [PlanContext.HomeCrumb, DocumentsCrumb]),
            title: true,
            description: true);
        return new(url, "full-text", page, view, text.SourcePath);
    }

    /// <summary>"Nghị quyết 04-NQ/TU về …. Nghị quyết được tổng kết trong Kết luận này.": what the text says of it, and why it is listed.</summary>
    private string Description(RelatedDocument document)
    {
        var strings = context.Strings;
        var name = string.Join(' ', new[] { strings.At("document_types", document.Type), document.Number, document.Title }.Where(s => s.Length > 0));
        return $"{name}. {strings.At("relations", document.Relation)}.";
    }

    private DocumentView View(RelatedDocument d) => new(
        d.Slug,
        DocumentRoutes.Document(d.Slug),
        Label(d),
        d.Type,
        d.Number,
        context.Date(d.Date),
        DisplayFormat.DateIso(d.Date),
        d.Issuer,
        d.Title,
        d.Relation,
        d.Note,
        d.CitedBy.Select(c => _texts[c.TextKey].Paragraphs.Ref(c.ParagraphId)).ToList(),
        d.FullText is null ? string.Empty : DocumentRoutes.FullText(d.Slug),
        d.FullText is null ? ProvenanceView.None : _texts[d.FullText.Key].Provenance(context.Language));
}
