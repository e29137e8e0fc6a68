namespace HaiPhongUrban.Portal.Sections.Following.Pages;

/// <summary>
/// The names the traceability views give their relations and lists, which are also the keys of
/// their labels in the theme's strings (<c>links.relations.*</c>, <c>links.cell.*</c>,
/// <c>links.lists.*</c>); validation requires a label for each, so none renders as nothing.
/// </summary>
public static class TraceKeys
{
    public const string AnsweredBy = "answered_by";
    public const string BuiltOnBy = "built_on_by";
    public const string Answers = "answers";
    public const string BuildsOn = "builds_on";

    public const string ByLimitation = "by_limitation";
    public const string ByResult = "by_result";
    public const string ByTaskGroup = "by_task_group";

    public static readonly IReadOnlyList<string> Relations = [AnsweredBy, BuiltOnBy, Answers, BuildsOn];

    /// <summary>The relations a matrix cell can show: always seen from the task group's column.</summary>
    public static readonly IReadOnlyList<string> CellRelations = [Answers, BuildsOn];

    public static readonly IReadOnlyList<string> Lists = [ByLimitation, ByResult, ByTaskGroup];
}
