namespace HaiPhongUrban.Portal.Sections.Planning.Model;

/// <summary>
/// The fixed words of plan.yml (other tools write them, so they are English codes), each named in the theme
/// (<c>plan_types.zoning</c> is "Quy hoạch phân khu") and, for the filter pages, given a Vietnamese address
/// segment that never changes: a filter URL must not die when a plan changes status.
/// </summary>
public static class PlanVocabulary
{
    /// <summary>Regional, provincial or city, general, zoning, detailed: from the widest plan to the narrowest.</summary>
    public static readonly IReadOnlyList<(string Code, string Segment)> Types =
    [
        ("regional", "vung"), ("city", "tinh-thanh-pho"), ("general", "chung"), ("zoning", "phan-khu"), ("detailed", "chi-tiet"),
    ];

    /// <summary>A plan's life, in order.</summary>
    public static readonly IReadOnlyList<(string Code, string Segment)> Statuses =
    [
        ("in-preparation", "dang-lap"), ("consultation", "lay-y-kien"), ("approved", "da-phe-duyet"),
        ("adjusted", "da-dieu-chinh"), ("superseded", "da-thay-the"), ("expired", "het-hieu-luc"),
    ];

    /// <summary>Before approval a plan has no decision; from approval on it must.</summary>
    public static readonly IReadOnlySet<string> StatusesBeforeApproval = new HashSet<string>(["in-preparation", "consultation"], StringComparer.Ordinal);

    public static readonly IReadOnlyList<string> Events =
        ["task-approved", "consultation-start", "consultation-end", "approved", "published", "adjusted", "superseded"];

    public static readonly IReadOnlyList<string> DocumentTypes =
        ["decision", "task-decision", "report", "regulation", "drawing", "data", "other"];

    public const string Approved = "approved";
    public const string TaskApproved = "task-approved";
    public const string Published = "published";

    public static IEnumerable<string> TypeCodes => Types.Select(t => t.Code);

    public static IEnumerable<string> StatusCodes => Statuses.Select(s => s.Code);

    public static string TypeSegment(string code) => Types.First(t => t.Code == code).Segment;

    public static string StatusSegment(string code) => Statuses.First(s => s.Code == code).Segment;
}
