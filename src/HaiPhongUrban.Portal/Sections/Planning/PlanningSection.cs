using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Model;
using HaiPhongUrban.Portal.Sections.Datasets.Model;
using HaiPhongUrban.Portal.Sections.Documents.Content;
using HaiPhongUrban.Portal.Sections.Planning.Content;
using HaiPhongUrban.Portal.Sections.Planning.Import;
using HaiPhongUrban.Portal.Sections.Planning.Loading;
using HaiPhongUrban.Portal.Sections.Planning.Model;
using HaiPhongUrban.Portal.Sections.Planning.Pages;
using HaiPhongUrban.Portal.Sections.Planning.Tables;
using HaiPhongUrban.Portal.Sections.Planning.Validation;
using HaiPhongUrban.Portal.Sections.Planning.Views;
using System.CommandLine;

namespace HaiPhongUrban.Portal.Sections.Planning;

/// <summary>
/// The registry of plans (<c>content/quy-hoach/&lt;slug&gt;/plan.yml</c>, <c>/quy-hoach/</c>): each plan's
/// approval decision, documents, boundary on a map, dated history and publication clock (counted against
/// the duties of <c>content/quy-hoach/thoi-han-cong-bo.yml</c>); the registry with its filter pages and
/// overview map; and its open data (tables of plans, documents and events), published by a dataset.
/// </summary>
public sealed class PlanningSection : ISection
{
    public const string Folder = PlanRoutes.Segment;
    public const string PanelName = "planning";
    public const string SearchKind = "plan";

    public SectionClaims Claims { get; } = new(
        "planning",
        ReservedSegments: [PlanRoutes.Segment],
        Layouts: ["plans", "plan"],
        StringPrefixes: ["plans", "plan_types", "plan_statuses", "plan_events", "plan_documents"],
        RequiredStrings:
        [
            "plans.title", "plans.lead", "meta.plans_type", "meta.plans_status",
            .. PlanVocabulary.TypeCodes.Select(t => "plan_types." + t),
            .. PlanVocabulary.StatusCodes.Select(s => "plan_statuses." + s),
            .. PlanVocabulary.Events.Select(e => "plan_events." + e),
            .. PlanVocabulary.DocumentTypes.Select(d => "plan_documents." + d),
            .. Enum.GetValues<PublicationVerdict>().Select(v => "plans.clock." + PlanTables.VerdictCode(v)),
        ],
        Menu: [new MenuEntry("plans", PlanRoutes.Registry, 25)],
        Panels: [new PanelClaim(PanelName, "home", HomePlanningView.None)],
        SearchKinds: [SearchKind]);

    public RawContent Load(RawContent content, DiagnosticBag diagnostics)
    {
        var folder = ContentFiles.PathOf(content.ContentDirectory, Folder);
        return content.With(new RawPlans(folder, LoadPlans.Load(folder, diagnostics), LoadDuties.Load(folder, diagnostics)));
    }

    public IEnumerable<TableSource> Tables(RawContent content) => PlanTables.All;

    public IEnumerable<FileSource> Files(RawContent content) => [PlanBoundaries.Source];

    public void Validate(ValidateContext context) =>
        ValidatePlans.Run(
            context.Content.Get<RawPlans>(),
            context.Content.Get<RawDocuments>().Documents.Select(d => d.Slug.Value).ToHashSet(StringComparer.Ordinal),
            context.Diagnostics);

    /// <summary>
    /// A plan with an error is left out, so that the datasets drawn from the registry are still checked
    /// against their schemas in the same run; the duties file's errors leave no duty to count against.
    /// </summary>
    public (RawContent Content, IReadOnlyList<Diagnostic> PutAside)? WithoutBroken(RawContent content, IReadOnlyList<Diagnostic> errors)
    {
        var raw = content.Get<RawPlans>();
        var inside = raw.Folder + Path.DirectorySeparatorChar;
        var own = errors.Where(e => e.Location.FilePath.StartsWith(inside, StringComparison.Ordinal)).ToList();
        var broken = own.Select(e => e.Location.FilePath[inside.Length..].Split(Path.DirectorySeparatorChar)[0]).ToHashSet(StringComparer.Ordinal);
        var duties = own.Any(e => e.Location.FilePath == raw.Duties.FilePath) ? raw.Duties with { Duties = [] } : raw.Duties;
        return (content.With(raw with { Plans = raw.Plans.Where(p => !broken.Contains(p.Slug.Value)).ToList(), Duties = duties }), own);
    }

    public Site Model(RawContent content, Site site) => site.With(BuildPlans.Run(content.Get<RawPlans>()));

    public IEnumerable<SearchEntry> SearchEntries(Site site, SearchWords words) => site.Plans.Select(p => new SearchEntry(
        SearchKind,
        string.Empty,
        p.Name,
        // The type's name and the decision's number: readers search "phân khu" or "323/QĐ-TTg".
        string.Join(", ", new[] { words.At(["plan_types", p.Type]), p.Approval?.Number ?? string.Empty }.Where(s => s.Length > 0)),
        p.Place,
        PlanRoutes.Plan(p.Slug)));

    /// <summary>The dossier files kept beside plan.yml, published unchanged beside the plan's page as downloads (listed in SHA256SUMS).</summary>
    public Site Publish(Site site, PublishContext context)
    {
        foreach (var document in site.Plans.SelectMany(p => p.Documents).Where(d => d.LocalPath.Length > 0))
        {
            context.WriteDownload(document.Url, File.ReadAllBytes(document.LocalPath));
        }

        return site;
    }

    public IEnumerable<PageToRender> PlanPages(PlanContext context) =>
        new PlanPlanningPages(context, DatasetOf(context.Site, PlanTables.Plans), BoundariesDownload(context.Site)).Run();

    public IEnumerable<PagePanel> PlanPanels(PlanContext context, IReadOnlyList<PageToRender> pages) =>
        [new PagePanel(SitePage.Home, PanelName, new HomePlanningView(PlanRoutes.Registry, PlanPlanningPages.Summary(context.Site.Plans)))];

    /// <summary><c>import-plan</c>: a draft plan.yml from a dossier workbook of Circular 16/2025/TT-BXD, for staff to review.</summary>
    public IEnumerable<Command> Commands(CommandContext context) => [ImportPlanCommand.Create(context)];

    /// <summary>The boundaries' GeoJSON download, or "" while no dataset publishes it.</summary>
    private static string BoundariesDownload(Site site) =>
        site.Datasets.SelectMany(d => d.Files.Select(f => (Dataset: d, File: f))).FirstOrDefault(x => x.File.Source.Name == PlanBoundaries.Name) is { Dataset: { } dataset, File: { } file }
            ? DatasetRoutes.File(dataset.Slug, file.Name, file.Source.Extension)
            : string.Empty;

    /// <summary>
    /// The page of the dataset that publishes one of the registry's tables, or "" while none does. The model
    /// of a dataset does not keep which table it was drawn from, but validation holds a drawn table's schema
    /// to the table's columns, in order, so those columns find it.
    /// </summary>
    private static string DatasetOf(Site site, string table)
    {
        var columns = PlanTables.All.First(t => t.Name == table).Columns;
        return site.Datasets.FirstOrDefault(d => d.Resources.Any(r => r.Schema.Fields.Select(f => f.Name).SequenceEqual(columns))) is { } dataset
            ? DatasetRoutes.Dataset(dataset.Slug)
            : string.Empty;
    }
}
