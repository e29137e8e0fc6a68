namespace HaiPhongUrban.Portal.Sections.Planning.Import;

/// <summary>A decision approving the plan or its task: its number, date and (for the plan's) issuing authority.</summary>
public sealed record PlanDecision(string? Decision, DateOnly? Date, string? Authority)
{
    public bool IsEmpty => Decision is null && Date is null && Authority is null;
}
