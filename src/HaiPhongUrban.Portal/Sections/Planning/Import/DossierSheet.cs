namespace HaiPhongUrban.Portal.Sections.Planning.Import;

/// <summary>One sheet of the dossier workbook: its headers as written, in order, and its non-empty data rows.</summary>
public sealed record DossierSheet(string Name, int HeaderRow, IReadOnlyList<string> Headers, IReadOnlyList<DossierRow> Rows);
