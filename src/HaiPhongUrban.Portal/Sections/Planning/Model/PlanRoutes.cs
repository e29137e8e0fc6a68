namespace HaiPhongUrban.Portal.Sections.Planning.Model;

/// <summary>
/// The addresses of the registry of plans, all under <see cref="Segment"/>: the registry, its filter pages
/// (one per type and per status, always built), each plan's page and the files beside it.
/// </summary>
public static class PlanRoutes
{
    public const string Segment = "quy-hoach";
    public const string Registry = "/" + Segment + "/";

    /// <summary>The folders of the filter pages: no plan may be named so.</summary>
    public const string ByTypeFolder = "loai";
    public const string ByStatusFolder = "tinh-trang";

    public static string Plan(string slug) => $"{Registry}{slug}/";

    public static string ByType(string type) => $"{Registry}{ByTypeFolder}/{PlanVocabulary.TypeSegment(type)}/";

    public static string ByStatus(string status) => $"{Registry}{ByStatusFolder}/{PlanVocabulary.StatusSegment(status)}/";

    /// <summary>A document file of the plan's dossier, published beside its page under its own name.</summary>
    public static string DocumentFile(string slug, string fileName) => Plan(slug) + fileName;

    /// <summary>The part of a plan's page that gives its publication clock (linked from the registry).</summary>
    public static string ClockAnchor(string slug) => Plan(slug) + "#cong-bo";
}
