namespace HaiPhongUrban.Portal.Sections.Planning.Import;

/// <summary>
/// The plan.yml a dossier gives, before it is written: each field null where the dossier does not fill it
/// (the writer then leaves it out, and the notes say why). <see cref="Drawings"/> are lines describing the
/// <c>BanVe</c> rows, which plan.yml has no field for. <see cref="SourceFile"/> names the workbook, the
/// one source every fact was read from.
/// </summary>
public sealed record PlanDraft(
    string? Name,
    string? Type,
    string? Status,
    string? Scale,
    string? Location,
    string? DossierCode,
    string? PlanningInformationCode,
    PlanDecision Approval,
    PlanDecision TaskApproval,
    bool HasBoundary,
    string? Crs,
    IReadOnlyList<PlanEvent> Events,
    IReadOnlyList<PlanDocument> Documents,
    IReadOnlyList<string> Drawings,
    string SourceFile,
    DateOnly Retrieved)
{
    /// <summary>The file name the boundary is copied to, beside plan.yml.</summary>
    public const string BoundaryFile = "ranh-gioi.geojson";
}
