using HaiPhongUrban.Portal.Kernel.Urls;

namespace HaiPhongUrban.Portal.Sections;

/// <summary>The pages no section owns that sections add panels to: decided here, once, for both the sections and the site.</summary>
public static class SitePage
{
    public const string Home = UrlPath.Root;

    /// <summary>The search page; <c>?q=</c> carries the query, so a result list can be linked.</summary>
    public const string Search = "/tim-kiem/";
}
