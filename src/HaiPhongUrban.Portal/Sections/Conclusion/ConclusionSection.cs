using HaiPhongUrban.Portal.Sections.Conclusion.Content;
using HaiPhongUrban.Portal.Sections.Conclusion.Loading;
using HaiPhongUrban.Portal.Sections.Conclusion.Pages;
using HaiPhongUrban.Portal.Sections.Conclusion.Tables;
using HaiPhongUrban.Portal.Sections.Conclusion.Validation;
using HaiPhongUrban.Portal.Sections.Conclusion.Views;
using HaiPhongUrban.Portal.Sections.Documents.Content;
using HaiPhongUrban.Portal.Sections.Documents.Model;
using HaiPhongUrban.Portal.Sections.Documents.Wording;
using HaiPhongUrban.Portal.Sections.Documents.Wording.Views;
using HaiPhongUrban.Portal.Sections.Topics.Content;
using HaiPhongUrban.Portal.Sections.Topics.Model;
using HaiPhongUrban.Portal.Sections.Views;
using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Model;
using HaiPhongUrban.Portal.Sections.Conclusion.Model;

namespace HaiPhongUrban.Portal.Sections.Conclusion;

/// <summary>
/// The Conclusion reviewing Resolution 04-NQ/TU (<c>content/ket-luan/</c>, everything under
/// <c>/ket-luan/</c>): its full text, made by the Documents section's full-text machinery like any
/// official text, and its editorial layer kept apart from the wording: short titles, themes and
/// citations of each result, limitation, task group and implementation item (<c>bien-tap.yml</c>), and
/// which task group answers which limitation or builds on which result (<c>lien-ket.yml</c>).
/// </summary>
public sealed class ConclusionSection : ISection
{
    public const string Folder = ConclusionRoutes.Segment;
    public const string WordingFile = "ket-luan.yml";
    public const string EditorialFile = Folder + "/bien-tap.yml";

    /// <summary>Editorial links: which task group answers which limitation or builds on which result.</summary>
    public const string TraceLinksFile = Folder + "/lien-ket.yml";

    /// <summary>The key of the Conclusion's full text among all full texts (<see cref="OfficialText.Key"/>).</summary>
    public const string TextKey = Folder;

    public const string PanelName = "conclusion";

    public SectionClaims Claims { get; } = new(
        "conclusion",
        ReservedSegments: [ConclusionRoutes.Segment],
        Layouts: ["item"],
        StringPrefixes: ["item", "kinds", "kinds_plural", "editorial"],
        RequiredStrings: [.. ItemKinds.ByName.Keys.Select(k => "kinds." + k)],
        Menu: [new MenuEntry("full-text", ConclusionRoutes.FullText, 20)],
        Panels:
        [
            new PanelClaim(PanelName, "home", new ConclusionHomeView(string.Empty, string.Empty, string.Empty, string.Empty, [], [], [], 0, 0, string.Empty, string.Empty, string.Empty)),
            new PanelClaim(PanelName, "about", ProvenanceView.None),
            new PanelClaim(PanelName, "search", new LinkView(string.Empty, string.Empty)),
        ],
        SearchKinds: FullTextSearch.Kinds);

    public RawContent Load(RawContent content, DiagnosticBag diagnostics)
    {
        var folder = ContentFiles.PathOf(content.ContentDirectory, Folder);
        var text = LoadOfficialText.Load(TextKey, folder, WordingFile, Folder, diagnostics);
        var traceLinksPath = ContentFiles.PathOf(content.ContentDirectory, TraceLinksFile);
        return content.With(new RawConclusion(
            text,
            LoadEditorial.LoadEntries(ContentFiles.PathOf(content.ContentDirectory, EditorialFile), diagnostics),
            LoadTraceLinks.Load(traceLinksPath, diagnostics),
            traceLinksPath));
    }

    public IEnumerable<TableSource> Tables(RawContent content) => ConclusionTables.All;

    public void Validate(ValidateContext context)
    {
        var raw = context.Content.Get<RawConclusion>();
        var index = ValidateOfficialText.Run(raw.Text, context.Diagnostics);
        var topics = context.Content.Topics.Select(t => t.Id.Value).ToHashSet(StringComparer.Ordinal);
        var documents = context.Content.Get<RawDocuments>().Documents
            .Where(d => d.Slug.Value.Length > 0)
            .DistinctBy(d => d.Slug.Value)
            .ToDictionary(d => d.Slug.Value, StringComparer.Ordinal);
        ValidateEditorial.Run(raw, index, topics, documents, context.Diagnostics);
        ValidateTraceLinks.Run(raw, index, context.Diagnostics);
    }

    public Site Model(RawContent content, Site site)
    {
        var raw = content.Get<RawConclusion>();
        var topics = site.Topics.ToDictionary(t => t.Id, StringComparer.Ordinal);
        var editorial = raw.Editorial.ToDictionary(
            e => e.ParagraphId.Value,
            e => new Editorial(e.ShortTitle?.Value, e.Themes.Select(t => topics[t.Value]).ToList(), e.Cites.Select(c => c.Value).ToList()),
            StringComparer.Ordinal);
        var text = BuildOfficialText.Run(raw.Text, ConclusionRoutes.Text, id => editorial.GetValueOrDefault(id) ?? Editorial.None);

        // Validation admitted exactly one of 'answers' and 'builds_on' per link.
        var traceLinks = raw.TraceLinks
            .Select(l => new TraceLink(
                l.TaskGroup.Value,
                (l.Answers ?? l.BuildsOn!).Value,
                l.Answers is not null ? ItemKind.Limitation : ItemKind.Result,
                l.TaskWords.Value,
                l.TargetWords.Value))
            .ToList();
        return site.With(new ConclusionPart(text, traceLinks, raw.TraceLinksPath)).With(site.OfficialTexts.And(text));
    }

    public IEnumerable<SearchEntry> SearchEntries(Site site, SearchWords words) => FullTextSearch.Entries(site.ConclusionText, words);

    public Site Publish(Site site, PublishContext context)
    {
        // The transcription the wording was checked against, published unchanged beside the full text as a
        // download, so SHA256SUMS lists it.
        var text = site.ConclusionText;
        context.WriteDownload(text.SourceDownload, text.Source.Bytes);
        return site;
    }

    public IEnumerable<PageToRender> PlanPages(PlanContext context) => new PlanConclusionPages(context).Pages();

    public IEnumerable<PagePanel> PlanPanels(PlanContext context, IReadOnlyList<PageToRender> pages) =>
        new PlanConclusionPages(context).Panels(pages.Where(p => p.Layout == "about").Select(p => p.Url));
}
