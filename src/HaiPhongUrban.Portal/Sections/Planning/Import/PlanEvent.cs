namespace HaiPhongUrban.Portal.Sections.Planning.Import;

/// <summary>One dated event of the plan's history (<c>approved</c>, <c>task-approved</c>…), and the cell its date comes from.</summary>
public sealed record PlanEvent(string Event, DateOnly Date, string Place);
