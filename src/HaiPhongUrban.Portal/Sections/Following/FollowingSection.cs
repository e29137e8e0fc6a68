using HaiPhongUrban.Portal.Sections.Conclusion.Model;
using HaiPhongUrban.Portal.Sections.Datasets.Content;
using HaiPhongUrban.Portal.Sections.Datasets.Model;
using HaiPhongUrban.Portal.Sections.Documents.Model;
using HaiPhongUrban.Portal.Sections.Following.Model;
using HaiPhongUrban.Portal.Sections.Following.Pages;
using HaiPhongUrban.Portal.Sections.Following.Validation;
using HaiPhongUrban.Portal.Sections.Following.Views;
using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Model;

namespace HaiPhongUrban.Portal.Sections.Following;

/// <summary>
/// What follows the Conclusion beyond its text: the traceability matrix of its editorial links
/// (<c>/lien-ket/</c>), the timeline of the dates and horizons it names (<c>/moc-thoi-gian/</c>), and
/// the implementation tracker (<c>/theo-doi/</c>), whose rows are a dataset's table
/// (<see cref="TrackerResource"/>). It has no files of its own: it reads the Conclusion's and the
/// Datasets' parts, and adds its side to each item's page and to the home page.
/// </summary>
public sealed class FollowingSection : ISection
{
    /// <summary>
    /// The dataset table whose rows are the implementation tracker: one row per update of one task group.
    /// Resource names are unique across datasets, so the name alone finds it.
    /// </summary>
    public const string TrackerResource = "cap-nhat-thuc-hien";

    public const string PanelName = "following";

    public SectionClaims Claims { get; } = new(
        "following",
        ReservedSegments: ["lien-ket", "moc-thoi-gian", "theo-doi"],
        Layouts: ["links", "timeline", "tracker"],
        StringPrefixes: ["links", "timeline", "tracker"],
        RequiredStrings:
        [
            "links.lead", "timeline.lead", "tracker.lead",
            .. TrackerStatus.All.SelectMany(s => new[] { "tracker.statuses." + s, "tracker.status_help." + s }),
            .. TraceKeys.Relations.Select(r => "links.relations." + r),
            .. TraceKeys.CellRelations.Select(r => "links.cell." + r),
            .. TraceKeys.Lists.Select(l => "links.lists." + l),
            .. new[] { ItemKind.Limitation, ItemKind.Result }.Select(k => "links.target_words." + k.Name()),
        ],
        Menu: [new MenuEntry("tracker", FollowingRoutes.Tracker, 40)],
        Panels:
        [
            new PanelClaim(PanelName, "home", HomeFollowingView.None),
            new PanelClaim(PanelName, "item", ItemFollowingView.None),
        ],
        SearchKinds: []);

    public RawContent Load(RawContent content, DiagnosticBag diagnostics) => content;

    public IEnumerable<ColumnsRead> ColumnsRead(RawContent content) =>
        [new ColumnsRead(TrackerResource, ValidateTracker.Columns.Select(c => c.Name).ToList())];

    public void Validate(ValidateContext context) =>
        ValidateTracker.Run(context.Content.Get<RawDatasets>(), context.Diagnostics);

    public Site Model(RawContent content, Site site)
    {
        var source = site.Datasets.FirstOrDefault(d => d.Resources.Any(r => r.Name == TrackerResource))?.SourcePath ?? site.ConclusionSourcePath;
        return site.With(new TrackerPart(BuildTracker.Run(site.Datasets, site.Conclusion), source));
    }

    public IEnumerable<PageToRender> PlanPages(PlanContext context) => new PlanFollowingPages(context).Run();

    public IEnumerable<PagePanel> PlanPanels(PlanContext context, IReadOnlyList<PageToRender> pages) => new PlanFollowingPages(context).Panels();
}
