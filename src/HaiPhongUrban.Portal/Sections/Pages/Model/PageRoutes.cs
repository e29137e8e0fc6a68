namespace HaiPhongUrban.Portal.Sections.Pages.Model;

/// <summary>A Markdown page of <c>content/pages/</c> lives at the root under its file name.</summary>
public static class PageRoutes
{
    /// <summary>The slug of the Markdown page that is the accessibility statement, linked from every page's footer.</summary>
    public const string AccessibilityPageSlug = "tiep-can";

    /// <summary>The slug of the Markdown page that is the staff guide, linked from every page's footer and from the tracker.</summary>
    public const string StaffGuidePageSlug = "huong-dan";

    public static string Page(string slug) => $"/{slug}/";
}
