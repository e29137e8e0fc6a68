namespace HaiPhongUrban.Portal.Sections.Planning.Views;

/// <summary>
/// The registry, whole or filtered to one type or status. Every filter page exists even when empty
/// (<see cref="Plans"/> is then empty and the page says so), so that no filter address dies when a plan
/// changes status. <see cref="Map"/> is the overview of every boundary when <see cref="HasMap"/>.
/// </summary>
public sealed record PlanListView(
    IReadOnlyList<PlanSummaryView> Plans,
    string FilterKind,
    string Filter,
    string AllUrl,
    IReadOnlyList<PlanFilterView> Types,
    IReadOnlyList<PlanFilterView> Statuses,
    ClockSummaryView Clock,
    bool HasMap,
    object Map,
    string DatasetUrl,
    string BoundariesUrl);

/// <summary>One link of a filter: the vocabulary's code (the theme names it), its page, how many plans it holds.</summary>
public sealed record PlanFilterView(string Code, string Url, int Count, bool Current);

/// <summary>For every plan of the registry: how many were published in time, late, with no date recorded, or not judged.</summary>
public sealed record ClockSummaryView(int Total, int OnTime, int Late, int NoDate, int NotJudged);

/// <summary>A plan in a list: enough to recognise it and to see its clock at a glance.</summary>
public sealed record PlanSummaryView(
    string Url,
    string Name,
    string Type,
    string Status,
    string Decision,
    string DateIso,
    string DateDisplay,
    string Place,
    string Verdict,
    string ClockText,
    string ClockUrl);

/// <summary>
/// A plan's page: every fact its plan.yml gives (empty where no source does: the page says "not yet
/// published"), its decision linked to the registry of documents when it is there, its relations, its
/// documents, its dated history, its publication clock in words, its sources, and, when
/// <see cref="HasMap"/>, its map (a <c>PlanMapView</c>) and the boundary's facts and vertex table (a
/// <c>BoundaryFactsView</c>, in <see cref="Boundary"/>).
/// </summary>
public sealed record PlanView(
    string Slug,
    string Name,
    string Type,
    string Status,
    string Scale,
    string Place,
    string Horizon,
    string Vision,
    string AreaHa,
    string DossierCode,
    string PlanningInformationCode,
    DecisionView Approval,
    DecisionView TaskApproval,
    PlanLinkView Parent,
    PlanLinkView Supersedes,
    IReadOnlyList<PlanLinkView> Children,
    IReadOnlyList<PlanLinkView> SupersededBy,
    IReadOnlyList<PlanDocumentView> Documents,
    IReadOnlyList<PlanEventView> Events,
    IReadOnlyList<PlanSourceView> Sources,
    ClockView Clock,
    string OfficialViewer,
    string OpenStreetMap,
    bool HasMap,
    object Map,
    object Boundary,
    string VerticesNote,
    string TypeUrl,
    string StatusUrl);

/// <summary>A decision; <see cref="None"/> (an empty number) where the plan has none, since templates test values, not nulls.</summary>
public sealed record DecisionView(string Number, string DateIso, string DateDisplay, string Authority, string DocumentUrl)
{
    public static readonly DecisionView None = new(string.Empty, string.Empty, string.Empty, string.Empty, string.Empty);
}

/// <summary>A link to another plan; <see cref="None"/> (an empty address) where there is none.</summary>
public sealed record PlanLinkView(string Name, string Url)
{
    public static readonly PlanLinkView None = new(string.Empty, string.Empty);
}

public sealed record PlanDocumentView(string Type, string Title, string Number, string DateIso, string DateDisplay, string Url, bool Local, string Size, string Sha256);

public sealed record PlanEventView(string Event, string DateIso, string DateDisplay, string Source);

public sealed record PlanSourceView(string Url, string Title, string RetrievedIso, string RetrievedDisplay);

/// <summary>
/// The publication clock of a plan: its verdict's code, the sentence that says it in the interface's
/// language ("công bố sau 19 ngày, quá thời hạn 15 ngày 4 ngày"), and the duty's legal basis and sources.
/// </summary>
public sealed record ClockView(string Verdict, string Text, string Basis, string Note, IReadOnlyList<PlanSourceView> Sources);

/// <summary>What the registry adds to the home page: the way in, and the clock's counts for every plan.</summary>
public sealed record HomePlanningView(string RegistryUrl, ClockSummaryView Clock)
{
    public static readonly HomePlanningView None = new(string.Empty, new ClockSummaryView(0, 0, 0, 0, 0));
}
