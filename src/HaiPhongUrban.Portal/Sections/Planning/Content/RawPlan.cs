using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Kernel.Files;
using HaiPhongUrban.Portal.Sections.Planning.Geography;

namespace HaiPhongUrban.Portal.Sections.Planning.Content;

/// <summary>
/// One plan as its <c>content/quy-hoach/&lt;slug&gt;/plan.yml</c> writes it, before validation. The folder
/// names the plan (<see cref="Slug"/>); absent optional values are empty or null, never filled in, since
/// a plan's page says "not yet published" for whatever no source gives.
/// </summary>
public sealed record RawPlan(
    Located<string> Slug,
    string FolderPath,
    string FilePath,
    SourceLocation Location,
    string Name,
    Located<string> Type,
    Located<string> Status,
    string Scale,
    string Place,
    Located<int?> Horizon,
    Located<int?> Vision,
    Located<decimal?> AreaHa,
    string DossierCode,
    string PlanningInformationCode,
    RawDecision? Approval,
    RawDecision? TaskApproval,
    Located<string>? Parent,
    Located<string>? Supersedes,
    RawBoundaryFile? Boundary,
    IReadOnlyList<RawPlanEvent> Events,
    IReadOnlyList<RawPlanDocument> Documents,
    IReadOnlyList<RawSource> Sources,
    Located<string> OfficialViewer);

/// <summary>A decision approving the plan or its task: number, date, who approved it, and its entry in the registry of documents.</summary>
public sealed record RawDecision(Located<string> Number, Located<DateOnly?> Date, string Authority, Located<string>? Document, SourceLocation Location);

/// <summary>
/// Where the plan's boundary file is, beside plan.yml, the coordinate system its dossier declares, and what
/// was read from it (null when the file could not be read at all; its problems are reported at load).
/// </summary>
public sealed record RawBoundaryFile(Located<string> File, Located<string> Crs, BoundaryReading? Reading);

/// <summary>One dated step of the plan's history, with where it was read.</summary>
public sealed record RawPlanEvent(Located<string> Event, Located<DateOnly?> Date, Located<string> Source, SourceLocation Location);

/// <summary>
/// One document of the plan's dossier: either on the web (<see cref="Url"/>) or a file beside plan.yml
/// (<see cref="File"/>), with its SHA-256 and size when known.
/// </summary>
public sealed record RawPlanDocument(
    Located<string> Type,
    string Title,
    string Number,
    Located<DateOnly?> Date,
    Located<string> Url,
    Located<string> File,
    Located<string> Sha256,
    Located<long?> Bytes,
    SourceLocation Location);

/// <summary>Where a fact of the plan was read: an address, its title, the day it was read.</summary>
public sealed record RawSource(Located<string> Url, string Title, Located<DateOnly?> Retrieved, SourceLocation Location);
