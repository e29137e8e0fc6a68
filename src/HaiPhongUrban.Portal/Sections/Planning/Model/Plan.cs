using HaiPhongUrban.Portal.Sections.Planning.Geography;
using NetTopologySuite.Geometries;

namespace HaiPhongUrban.Portal.Sections.Planning.Model;

/// <summary>
/// One plan of the registry as modelled: what its plan.yml says, checked, with its publication clock
/// counted. Empty strings and nulls are facts no source gives yet; pages show them as not yet published.
/// </summary>
public sealed record Plan(
    string Slug,
    string Name,
    string Type,
    string Status,
    string Scale,
    string Place,
    int? Horizon,
    int? Vision,
    decimal? AreaHa,
    string DossierCode,
    string PlanningInformationCode,
    PlanDecision? Approval,
    PlanDecision? TaskApproval,
    string Parent,
    string Supersedes,
    PlanBoundary? Boundary,
    IReadOnlyList<PlanEvent> Events,
    IReadOnlyList<PlanDocument> Documents,
    IReadOnlyList<PlanSource> Sources,
    string OfficialViewer,
    PublicationClock Clock,
    string SourcePath);

/// <summary>A decision as the plan's file gives it; <see cref="DocumentSlug"/> is its entry in the registry of documents, or empty.</summary>
public sealed record PlanDecision(string Number, DateOnly Date, string Authority, string DocumentSlug);

public sealed record PlanEvent(string Event, DateOnly Date, string Source);

/// <summary>
/// A document of the dossier. <see cref="Url"/> is where it is read: the web address staff gave, or the
/// portal's own copy of a file beside plan.yml (then <see cref="LocalPath"/> is that file).
/// </summary>
public sealed record PlanDocument(string Type, string Title, string Number, DateOnly? Date, string Url, string LocalPath, string Sha256, long? Bytes);

public sealed record PlanSource(string Url, string Title, DateOnly Retrieved);

/// <summary>
/// The boundary a dossier gives, as read: in the declared system (the staff's own numbers, for the vertex
/// table) and in WGS84 as published, with the file it came from.
/// </summary>
public sealed record PlanBoundary(BoundaryReading Reading, string FileName)
{
    public Geometry Wgs84 => Reading.Wgs84!;
}
