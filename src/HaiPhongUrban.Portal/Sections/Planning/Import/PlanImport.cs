namespace HaiPhongUrban.Portal.Sections.Planning.Import;

/// <summary>What <see cref="MapDossierToPlan"/> makes of a dossier: the plan to write, and everything it could not place, in the workbook's order.</summary>
public sealed record PlanImport(PlanDraft Plan, IReadOnlyList<ImportNote> Notes);
