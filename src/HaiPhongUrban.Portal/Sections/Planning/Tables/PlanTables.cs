using HaiPhongUrban.Portal.Kernel.Tables;
using HaiPhongUrban.Portal.Kernel.Text;
using HaiPhongUrban.Portal.Kernel.Urls;
using HaiPhongUrban.Portal.Model;
using HaiPhongUrban.Portal.Sections.Planning.Model;
using System.Globalization;

namespace HaiPhongUrban.Portal.Sections.Planning.Tables;

/// <summary>
/// The registry as open data, generated from the plans' files and never kept by hand: one row per plan (with
/// its days to publication and the verdict), per document, and per event. A dataset publishes them with
/// <c>generated_from: plans</c>, <c>plan-documents</c> and <c>plan-events</c>; empty cells are facts no
/// source gives yet.
/// </summary>
public static class PlanTables
{
    public const string Plans = "plans";
    public const string Documents = "plan-documents";
    public const string Events = "plan-events";

    public static IReadOnlyList<TableSource> All =>
    [
        new(Plans,
            [
                "slug", "name", "type", "status", "scale", "location", "horizon", "vision", "area_ha", "dossier_code",
                "planning_information_code", "approval_decision", "approval_date", "approval_authority", "task_approval_decision",
                "task_approval_date", "parent", "supersedes", "first_published", "days_to_publication", "publication_duty_days",
                "publication_verdict", "has_boundary", "official_viewer", "url",
            ],
            PlanRows),
        new(Documents, ["plan", "type", "title", "number", "date", "url", "sha256", "bytes"], DocumentRows),
        new(Events, ["plan", "event", "date", "source"], EventRows),
    ];

    /// <summary>The verdict's code in the table and the theme's key: <c>on-time</c>, <c>late</c>…</summary>
    public static string VerdictCode(PublicationVerdict verdict) => verdict switch
    {
        PublicationVerdict.NotApproved => "not-approved",
        PublicationVerdict.NoDuty => "no-duty",
        PublicationVerdict.DutyNotVerified => "duty-not-verified",
        PublicationVerdict.NoDate => "no-date",
        PublicationVerdict.OnTime => "on-time",
        _ => "late",
    };

    private static IReadOnlyList<TableRow> PlanRows(Site site) => site.Plans
        .Select(p => new TableRow(0,
        [
            p.Slug, p.Name, p.Type, p.Status, p.Scale, p.Place, Number(p.Horizon), Number(p.Vision),
            p.AreaHa?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, p.DossierCode, p.PlanningInformationCode,
            p.Approval?.Number ?? string.Empty, DisplayFormat.DateIso(p.Approval?.Date), p.Approval?.Authority ?? string.Empty,
            p.TaskApproval?.Number ?? string.Empty, DisplayFormat.DateIso(p.TaskApproval?.Date), p.Parent, p.Supersedes,
            DisplayFormat.DateIso(p.Events.FirstOrDefault(e => e.Event == PlanVocabulary.Published)?.Date),
            Number(p.Clock.DaysTaken), Number(p.Clock.Duty?.Days), VerdictCode(p.Clock.Verdict),
            p.Boundary is null ? "false" : "true", p.OfficialViewer, Absolute(site, PlanRoutes.Plan(p.Slug)),
        ]))
        .ToList();

    private static IReadOnlyList<TableRow> DocumentRows(Site site) => site.Plans
        .SelectMany(p => p.Documents.Select(d => new TableRow(0,
        [
            p.Slug, d.Type, d.Title, d.Number, DisplayFormat.DateIso(d.Date),
            d.Url.StartsWith('/') ? Absolute(site, d.Url) : d.Url, d.Sha256, d.Bytes?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
        ])))
        .ToList();

    private static IReadOnlyList<TableRow> EventRows(Site site) => site.Plans
        .SelectMany(p => p.Events.Select(e => new TableRow(0, [p.Slug, e.Event, DisplayFormat.DateIso(e.Date), e.Source])))
        .ToList();

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Absolute(Site site, string url) => UrlPath.Absolute(site.Settings.BaseUrl, url) ?? url;
}
