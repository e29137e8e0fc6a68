namespace HaiPhongUrban.Portal.Sections.Planning.Import;

/// <summary>
/// One run of <c>import-plan</c>, its paths as typed (relative to <see cref="WorkingDirectory"/>): the
/// workbook, the optional boundary file and <c>--crs</c>, and the folder to write into (null: the plan's
/// own folder, <c>content/quy-hoach/&lt;slug of its name&gt;/</c>).
/// </summary>
public sealed record ImportPlanRequest(string Workbook, string? Boundary, string? Crs, string? Output, string WorkingDirectory, DateOnly Today);
