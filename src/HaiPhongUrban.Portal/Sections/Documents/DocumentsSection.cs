using HaiPhongUrban.Portal.Kernel.Tables;
using HaiPhongUrban.Portal.Kernel.Urls;
using HaiPhongUrban.Portal.Sections.Documents.Content;
using HaiPhongUrban.Portal.Sections.Documents.Loading;
using HaiPhongUrban.Portal.Sections.Documents.Pages;
using HaiPhongUrban.Portal.Sections.Documents.Wording;
using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Kernel.Files;
using HaiPhongUrban.Portal.Model;
using HaiPhongUrban.Portal.Sections.Documents.Model;
using System.Globalization;

namespace HaiPhongUrban.Portal.Sections.Documents;

/// <summary>
/// The registry of official documents (<c>content/van-ban.yml</c>, <c>/van-ban/</c>) and the full-text
/// machinery: any document of the registry may carry its full text in <c>content/van-ban/&lt;slug&gt;/</c>
/// (<c>toan-van.yml</c>, <c>dinh-chinh.yml</c>, <c>nguon/</c>), published word for word at
/// <c>/van-ban/&lt;slug&gt;/toan-van/</c> with an anchor per paragraph, its errata and hashes on the
/// document's page, its paragraphs as a table and in search. The Conclusion's full text is made by the
/// same machinery (<see cref="Wording"/>); the registry counts citations from every full text.
/// </summary>
public sealed class DocumentsSection : ISection
{
    public const string File = "van-ban.yml";
    public const string FullTextsFolder = DocumentRoutes.Segment;
    public const string WordingFile = "toan-van.yml";

    /// <summary>The table of the registry, and the prefix of each full text's table of paragraphs.</summary>
    public const string RegistryTable = "documents";
    public const string ParagraphsTablePrefix = "document-paragraphs:";

    public const string SearchKind = "document";

    public SectionClaims Claims { get; } = new(
        "documents",
        ReservedSegments: [DocumentRoutes.Segment],
        Layouts: ["documents", "document", "full-text"],
        StringPrefixes: ["documents", "document_types", "relations", "full_text", "about"],
        RequiredStrings:
        [
            "documents.lead",
            .. DocumentVocabulary.Types.Select(t => "document_types." + t),
            .. DocumentVocabulary.Relations.Select(r => "relations." + r),
            .. FullTextSearch.RequiredStrings,
        ],
        Menu: [new MenuEntry("documents", DocumentRoutes.List, 30)],
        Panels: [],
        SearchKinds: [SearchKind]);

    public RawContent Load(RawContent content, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(content.ContentDirectory, File);
        var folder = ContentFiles.PathOf(content.ContentDirectory, FullTextsFolder);
        var fullTexts = Directory.Exists(folder)
            ? Directory.EnumerateDirectories(folder)
                .Order(StringComparer.Ordinal)
                .Select(d => LoadOfficialText.Load(Path.GetFileName(d), d, WordingFile, $"{FullTextsFolder}/{Path.GetFileName(d)}", diagnostics))
                .ToList()
            : [];
        return content.With(new RawDocuments(path, LoadDocuments.Load(ContentFiles.PathOf(content.ContentDirectory, File), diagnostics), fullTexts));
    }

    public IEnumerable<TableSource> Tables(RawContent content) =>
    [
        new(RegistryTable, ["slug", "type", "number", "date", "issuer", "title", "relation", "url"], site => RegistryRows(site)),
        .. content.Get<RawDocuments>().FullTexts.Select(t => ParagraphTable.Of(ParagraphsTablePrefix + t.Key, t.Key)),
    ];

    public void Validate(ValidateContext context)
    {
        var raw = context.Content.Get<RawDocuments>();
        var diagnostics = context.Diagnostics;
        var slugs = new UniqueIds(diagnostics);
        foreach (var document in raw.Documents)
        {
            slugs.Add(document.Slug.Value, document.Slug.Location);
            OneOf(document.Type, "type", DocumentVocabulary.Types, diagnostics);
            OneOf(document.Relation, "relation", DocumentVocabulary.Relations, diagnostics);
        }

        foreach (var text in raw.FullTexts)
        {
            if (!slugs.Contains(text.Key))
            {
                diagnostics.Error(SourceLocation.StartOf(text.Folder), Messages.FullTextFolderUnknown, text.Key);
            }

            ValidateOfficialText.Run(text, diagnostics);
        }
    }

    public Site Model(RawContent content, Site site)
    {
        var raw = content.Get<RawDocuments>();
        var ownTexts = raw.FullTexts
            .Select(text => BuildOfficialText.Run(text, new FullTextRoutes(DocumentRoutes.FullText(text.Key), DocumentRoutes.Document(text.Key), ItemPages: false), _ => Editorial.None))
            .ToList();
        var own = ownTexts.ToDictionary(t => t.Key, StringComparer.Ordinal);
        var texts = ownTexts.Aggregate(site.OfficialTexts, (all, text) => all.And(text));

        // Citations from every full text, the Conclusion's (modelled before this section) included.
        var citing = texts.All
            .SelectMany(t => t.Text.AllParagraphs().SelectMany(p => p.Editorial.CitedDocumentSlugs.Select(slug => (slug, Citation: new Citation(t.Key, p.Id)))))
            .ToLookup(pair => pair.slug, pair => pair.Citation, StringComparer.Ordinal);
        var documents = raw.Documents
            .Select(d => new RelatedDocument(
                d.Slug.Value, d.Type.Value, d.Number, d.Date, d.Issuer, d.Title, d.Relation.Value, d.Note,
                citing[d.Slug.Value].ToList(),
                own.GetValueOrDefault(d.Slug.Value)))
            .ToList();
        return site.With(texts).With(new DocumentsPart(documents, raw.FilePath));
    }

    public IEnumerable<SearchEntry> SearchEntries(Site site, SearchWords words)
    {
        foreach (var d in site.Documents)
        {
            // The theme's name of the type ("resolution" is "Nghị quyết"): readers search "nghị quyết 45", and
            // the number alone does not say it. It joins the heading, not the title, so the number still leads.
            yield return new SearchEntry(
                SearchKind,
                string.Empty,
                string.Join(' ', new[] { d.Number, d.Title }.Where(s => s.Length > 0)),
                string.Join(", ", new[] { words.At(["document_types", d.Type]), d.Issuer }.Where(s => s.Length > 0)),
                d.Note,
                DocumentRoutes.Document(d.Slug));
        }

        foreach (var text in site.Documents.Where(d => d.FullText is not null).Select(d => d.FullText!))
        {
            foreach (var entry in FullTextSearch.Entries(text, words))
            {
                yield return entry;
            }
        }
    }

    /// <summary>Each full text's source transcription, published unchanged beside it as a download (listed in SHA256SUMS), as the Conclusion's is.</summary>
    public Site Publish(Site site, PublishContext context)
    {
        foreach (var text in site.Documents.Where(d => d.FullText is not null).Select(d => d.FullText!))
        {
            context.WriteDownload(text.SourceDownload, text.Source.Bytes);
        }

        return site;
    }

    public IEnumerable<PageToRender> PlanPages(PlanContext context) => new PlanDocumentPages(context).Run();

    private static IReadOnlyList<TableRow> RegistryRows(Site site) => site.Documents
        .Select(d => new TableRow(0,
        [
            d.Slug, d.Type, d.Number, d.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty, d.Issuer, d.Title, d.Relation,
            UrlPath.Absolute(site.Settings.BaseUrl, DocumentRoutes.Document(d.Slug)) ?? DocumentRoutes.Document(d.Slug),
        ]))
        .ToList();

    private static void OneOf(Located<string> value, string field, IReadOnlyList<string> allowed, DiagnosticBag diagnostics)
    {
        if (value.Value.Length > 0 && !allowed.Contains(value.Value))
        {
            diagnostics.Error(value.Location, Messages.ValueNotAllowed, value.Value, field, string.Join(", ", allowed));
        }
    }
}
