using HaiPhongUrban.Portal.Routing;
using HaiPhongUrban.Portal.Sections.Views;
using HaiPhongUrban.Portal.Model;
using HaiPhongUrban.Portal.Rendering.Views;
using HaiPhongUrban.Portal.Sections;

namespace HaiPhongUrban.Portal.Rendering;

/// <summary>
/// The views that need the published files' names (fingerprinted assets, the search index), which
/// exist only once the theme and the index are hashed: what every page's frame shows, and the
/// search page.
/// </summary>
public static class SharedViews
{
    public static SiteView Site(Site site, IReadOnlyDictionary<string, StaticFile> assets)
    {
        var settings = site.Settings;
        var wording = settings.Interface;
        var hasStatement = site.Pages.Any(p => p.Slug == UrlScheme.AccessibilityPageSlug);
        var hasGuide = site.Pages.Any(p => p.Slug == UrlScheme.StaffGuidePageSlug);
        return new SiteView(
            wording.Title,
            wording.Description,
            settings.Language,
            wording.PublisherName,
            settings.PublisherUrl,
            settings.ContactEmail,
            settings.ContactUrl,
            wording.EditorialLicenseName,
            wording.EditorialLicenseUrl,
            wording.OfficialTextStatement,
            assets[PublishStaticFiles.Stylesheet].Url,
            assets[PublishStaticFiles.Icon].Url,
            UrlScheme.Home,
            UrlScheme.About,
            UrlScheme.Search,
            hasStatement ? UrlScheme.Page(UrlScheme.AccessibilityPageSlug) : string.Empty,
            hasGuide ? UrlScheme.Page(UrlScheme.StaffGuidePageSlug) : string.Empty,
            OpenGraphLocale(settings.Language),
            UrlScheme.Feed,
            UrlScheme.Updates,
            [
                new NavItemView("home", UrlScheme.Home),
                new NavItemView("full-text", UrlScheme.FullText),
                new NavItemView("documents", UrlScheme.Documents),
                new NavItemView("tracker", UrlScheme.Tracker),
                new NavItemView("datasets", UrlScheme.Datasets),
                new NavItemView("gioi-thieu", UrlScheme.About),
            ],
            SiteSettings.ContentLanguage,
            settings.Title);
    }

    /// <summary>
    /// Open Graph names a locale as language_TERRITORY. Vietnamese is Vietnam's; English takes en_US,
    /// Open Graph's own default, since the English interface is for readers anywhere.
    /// </summary>
    private static string OpenGraphLocale(string language) => language switch
    {
        "vi" => "vi_VN",
        "en" => "en_US",
        _ => language,
    };

    public static SearchView Search(StaticFile index, IReadOnlyDictionary<string, StaticFile> assets) => new(
        index.Url,
        assets[PublishStaticFiles.SearchCoreScript].Url,
        assets[PublishStaticFiles.SearchPageScript].Url,
        UrlScheme.FullTextContents,
        UrlScheme.Datasets,
        SearchKinds.All);
}
