namespace HaiPhongUrban.Portal.Tests.Browser;

/// <summary>
/// The real site with the planning fixture laid over it (tests/fixtures/planning/: a synthetic zoning plan
/// with a VN-2000 boundary), so that the pages the seed cannot show yet, a plan's map and vertex table and
/// the registry's overview map, are checked in Chromium and by the Nu checker like every other page.
/// </summary>
public sealed class PlanningBrowserSite() : BrowserSite("planning")
{
    /// <summary>The pages the plan adds or changes: its own, the registry, and the filter pages it is on.</summary>
    public static readonly string[] Pages = ["/quy-hoach/", "/quy-hoach/phan-khu-mau/", "/quy-hoach/loai/phan-khu/", "/quy-hoach/tinh-trang/da-phe-duyet/"];
}

/// <summary>The planning site is built, served and browsed once for its tests.</summary>
[CollectionDefinition(Name)]
public sealed class PlanningBrowserSiteCollection : ICollectionFixture<PlanningBrowserSite>
{
    public const string Name = "planning browser site";
}
