using HaiPhongUrban.Portal.Kernel.Text;
using HaiPhongUrban.Portal.Sections.Documents.Model;
using HaiPhongUrban.Portal.Sections.Planning.Geography;
using HaiPhongUrban.Portal.Sections.Planning.Geography.Views;
using HaiPhongUrban.Portal.Sections.Planning.Model;
using HaiPhongUrban.Portal.Sections.Planning.Tables;
using HaiPhongUrban.Portal.Sections.Planning.Views;
using HaiPhongUrban.Portal.Sections.Views;

namespace HaiPhongUrban.Portal.Sections.Planning.Pages;

/// <summary>
/// The registry's pages: the registry itself, one page for every type and every status (always, even
/// empty, so a filter address never dies), and one page per plan.
/// </summary>
public sealed class PlanPlanningPages(PlanContext context, string datasetUrl, string boundariesUrl)
{
    private static readonly NavItemView RegistryCrumb = new("plans", PlanRoutes.Registry);

    private readonly IReadOnlyList<Plan> _plans = context.Site.Plans;
    private readonly Dictionary<string, Plan> _bySlug = context.Site.Plans.ToDictionary(p => p.Slug, StringComparer.Ordinal);
    private readonly HashSet<string> _documents = context.Site.Documents.Select(d => d.Slug).ToHashSet(StringComparer.Ordinal);

    private string SourcePath => context.Site.Get<PlansPart>().DutiesPath;

    /// <summary>Every boundary on one map, drawn once for the registry; null while no plan has one.</summary>
    private readonly OverviewMapView? _overview = DrawOverviewMap.Run(
        "ban-do-tong-quan",
        context.Strings.At("plans", "map_heading"),
        context.Site.Plans.Where(p => p.Boundary is not null).Select(p => new DrawOverviewMap.Plan(PlanRoutes.Plan(p.Slug), p.Name, p.Boundary!.Wgs84)).ToList());

    public IEnumerable<PageToRender> Run()
    {
        yield return List(PlanRoutes.Registry, _plans, string.Empty, string.Empty, []);
        foreach (var (type, _) in PlanVocabulary.Types)
        {
            yield return List(PlanRoutes.ByType(type), _plans.Where(p => p.Type == type).ToList(), "type", type, [PlanContext.HomeCrumb, RegistryCrumb]);
        }

        foreach (var (status, _) in PlanVocabulary.Statuses)
        {
            yield return List(PlanRoutes.ByStatus(status), _plans.Where(p => p.Status == status).ToList(), "status", status, [PlanContext.HomeCrumb, RegistryCrumb]);
        }

        foreach (var plan in _plans)
        {
            yield return PlanPage(plan);
        }
    }

    /// <summary>The counts the registry and the home page show: in time, late, no date, not judged (no duty, or not approved).</summary>
    public static ClockSummaryView Summary(IReadOnlyList<Plan> plans) => new(
        plans.Count,
        plans.Count(p => p.Clock.Verdict == PublicationVerdict.OnTime),
        plans.Count(p => p.Clock.Verdict == PublicationVerdict.Late),
        plans.Count(p => p.Clock.Verdict == PublicationVerdict.NoDate),
        plans.Count(p => p.Clock.Verdict is PublicationVerdict.NoDuty or PublicationVerdict.DutyNotVerified or PublicationVerdict.NotApproved));

    private PageToRender List(string url, IReadOnlyList<Plan> plans, string filterKind, string filter, IReadOnlyList<NavItemView> crumbs)
    {
        var view = new PlanListView(
            plans.Select(Summary).ToList(),
            filterKind,
            filter,
            PlanRoutes.Registry,
            PlanVocabulary.Types.Select(t => new PlanFilterView(t.Code, PlanRoutes.ByType(t.Code), _plans.Count(p => p.Type == t.Code), filterKind == "type" && filter == t.Code)).ToList(),
            PlanVocabulary.Statuses.Select(s => new PlanFilterView(s.Code, PlanRoutes.ByStatus(s.Code), _plans.Count(p => p.Status == s.Code), filterKind == "status" && filter == s.Code)).ToList(),
            Summary(_plans),
            _overview is not null && filterKind.Length == 0,
            (object?)_overview ?? string.Empty,
            datasetUrl,
            boundariesUrl);
        var title = filterKind switch
        {
            "type" => $"{context.Strings.At("plans", "title")}: {context.Strings.At("plan_types", filter)}",
            "status" => $"{context.Strings.At("plans", "title")}: {context.Strings.At("plan_statuses", filter)}",
            _ => string.Empty,
        };
        return new(url, "plans", context.Page(title, Description(filterKind, filter, plans.Count), url, "plans", crumbs), view, SourcePath);
    }

    /// <summary>Each filter page describes itself ("Các đồ án thuộc loại «Quy hoạch phân khu» … (0 đồ án)"): no two pages share a description.</summary>
    private string Description(string filterKind, string filter, int count)
    {
        var strings = context.Strings;
        var (sentence, name) = filterKind switch
        {
            "type" => (strings.At("meta", "plans_type"), strings.At("plan_types", filter)),
            "status" => (strings.At("meta", "plans_status"), strings.At("plan_statuses", filter)),
            _ => (strings.At("plans", "lead"), string.Empty),
        };
        return sentence.Replace("{name}", name, StringComparison.Ordinal).Replace("{count}", context.Count(count), StringComparison.Ordinal);
    }

    private PlanSummaryView Summary(Plan p) => new(
        PlanRoutes.Plan(p.Slug),
        p.Name,
        p.Type,
        p.Status,
        p.Approval?.Number ?? string.Empty,
        DisplayFormat.DateIso(p.Approval?.Date),
        context.Date(p.Approval?.Date),
        p.Place,
        PlanTables.VerdictCode(p.Clock.Verdict),
        ClockWording.Of(p.Clock, context.Strings, context.Language),
        PlanRoutes.ClockAnchor(p.Slug));

    private PageToRender PlanPage(Plan plan)
    {
        var url = PlanRoutes.Plan(plan.Slug);
        var description = $"{context.Strings.At("plan_types", plan.Type)}. {plan.Place}";
        var page = context.InContentLanguage(context.Page(plan.Name, description, url, "plans", [PlanContext.HomeCrumb, RegistryCrumb]), title: true, description: true);
        return new(url, "plan", page, View(plan), plan.SourcePath);
    }

    private PlanView View(Plan p) => new(
        p.Slug,
        p.Name,
        p.Type,
        p.Status,
        p.Scale,
        p.Place,
        p.Horizon?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
        p.Vision?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
        p.AreaHa is { } area ? Hectares(area) : string.Empty,
        p.DossierCode,
        p.PlanningInformationCode,
        Decision(p.Approval),
        Decision(p.TaskApproval),
        Link(p.Parent),
        Link(p.Supersedes),
        _plans.Where(c => c.Parent == p.Slug).Select(c => new PlanLinkView(c.Name, PlanRoutes.Plan(c.Slug))).ToList(),
        _plans.Where(c => c.Supersedes == p.Slug).Select(c => new PlanLinkView(c.Name, PlanRoutes.Plan(c.Slug))).ToList(),
        p.Documents.Select(d => new PlanDocumentView(
            d.Type, d.Title, d.Number, DisplayFormat.DateIso(d.Date), context.Date(d.Date), d.Url, d.LocalPath.Length > 0,
            d.Bytes is { } bytes ? DisplayFormat.Size(bytes, context.Language) : string.Empty, d.Sha256)).ToList(),
        p.Events.Select(e => new PlanEventView(e.Event, DisplayFormat.DateIso(e.Date), context.Date(e.Date), e.Source)).ToList(),
        p.Sources.Select(Source).ToList(),
        new ClockView(
            PlanTables.VerdictCode(p.Clock.Verdict),
            ClockWording.Of(p.Clock, context.Strings, context.Language),
            p.Clock.Duty?.Basis ?? string.Empty,
            p.Clock.Duty?.Note ?? string.Empty,
            p.Clock.Duty?.Sources.Select(Source).ToList() ?? []),
        p.OfficialViewer,
        p.Boundary is null ? string.Empty : Facts(p).OpenStreetMapUrl,
        p.Boundary is not null,
        p.Boundary is null ? string.Empty : Map(p),
        p.Boundary is null ? string.Empty : ShowBoundaryFacts.Run(Facts(p), context.Language),
        p.Boundary is { } boundary && Facts(p).Vertices is { Simplified: true } table ? SimplifiedNote(table) : string.Empty,
        PlanRoutes.ByType(p.Type),
        PlanRoutes.ByStatus(p.Status));

    private BoundaryFacts Facts(Plan p) => DescribeBoundary.Run(p.Boundary!.Reading);

    /// <summary>"Bảng rút gọn: ranh giới có 80 đỉnh, bảng liệt kê 50 đỉnh…": a simplified table says so.</summary>
    private string SimplifiedNote(VertexTable table) => context.Strings.At("plans", "vertices_simplified")
        .Replace("{original}", context.Count(table.OriginalCount), StringComparison.Ordinal)
        .Replace("{shown}", context.Count(table.Rows.Count), StringComparison.Ordinal);

    /// <summary>
    /// The plan's map, its text alternative ending with the official area in words (never one measured from
    /// the drawing), or saying that no source gives it yet.
    /// </summary>
    private PlanMapView Map(Plan p)
    {
        var strings = context.Strings;
        var area = p.AreaHa is { } ha
            ? strings.At("plans", "map_area").Replace("{area}", Hectares(ha), StringComparison.Ordinal)
            : strings.At("plans", "map_area_none");
        var map = DrawPlanMap.Run("ban-do", p.Boundary!.Wgs84, Facts(p), p.Name, new PlanMapWordings(strings.At("plans", "map_description"), strings.At("plans", "map_caption")), context.Language);
        return map with { Description = $"{map.Description} {area}" };
    }

    /// <summary>
    /// The official area as readers of the interface language write a decimal ("85,5" in Vietnamese), with
    /// every digit the decision gives: the figure is quoted, never rounded.
    /// </summary>
    private string Hectares(decimal area)
    {
        var invariant = area.ToString("#,0.############################", System.Globalization.CultureInfo.InvariantCulture);
        return context.Language == "vi"
            ? string.Concat(invariant.Select(c => c switch { ',' => '.', '.' => ',', _ => c }))
            : invariant;
    }

    private DecisionView Decision(PlanDecision? d) => d is null
        ? DecisionView.None
        : new DecisionView(d.Number, DisplayFormat.DateIso(d.Date), context.Date(d.Date), d.Authority,
            d.DocumentSlug.Length > 0 && _documents.Contains(d.DocumentSlug) ? DocumentRoutes.Document(d.DocumentSlug) : string.Empty);

    private PlanLinkView Link(string slug) =>
        slug.Length > 0 && _bySlug.TryGetValue(slug, out var plan) ? new PlanLinkView(plan.Name, PlanRoutes.Plan(plan.Slug)) : PlanLinkView.None;

    private PlanSourceView Source(PlanSource s) => new(s.Url, s.Title, DisplayFormat.DateIso(s.Retrieved), context.Date(s.Retrieved));
}
