namespace HaiPhongUrban.Portal.Sections.Planning.Import;

/// <summary>A document of the plan, from one <c>VanBan</c> row: each field null when the row does not give it.</summary>
public sealed record PlanDocument(string? Type, string? Title, string? Number, DateOnly? Date, string? File, string? Url, string Place);
