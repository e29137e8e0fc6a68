using HaiPhongUrban.Portal.Sections.Pages.Model;
using HaiPhongUrban.Portal.Sections.Updates.Model;
using HaiPhongUrban.Portal.Sections.Views;
using HaiPhongUrban.Portal.Model;
using HaiPhongUrban.Portal.Rendering.Views;
using HaiPhongUrban.Portal.Sections;

namespace HaiPhongUrban.Portal.Rendering;

/// <summary>
/// What every page's frame shows (header, menu, footer), which needs the published files' names
/// (fingerprinted assets), known only once the theme is hashed. The menu is every section's entries
/// by weight after the home page's; the footer links the about page, the accessibility statement and
/// the staff guide where content has them, and the update history.
/// </summary>
public static class SiteFrame
{
    /// <summary>The home page is the menu's first entry; sections' entries weigh more.</summary>
    private static readonly MenuEntry HomeEntry = new("home", SiteRoutes.Home, 10);

    /// <summary>Every entry of the main menu, lightest first; two of one weight keep the sections' order.</summary>
    public static IReadOnlyList<MenuEntry> Menu(IReadOnlyList<ISection> sections) =>
        sections.SelectMany(s => s.Claims.Menu).Prepend(HomeEntry).OrderBy(e => e.Weight).ToList();

    public static SiteView Of(Site site, IReadOnlyDictionary<string, StaticFile> assets, IReadOnlyList<ISection> sections)
    {
        var settings = site.Settings;
        var wording = settings.Interface;
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
            SiteRoutes.Home,
            PageRoutes.Page("gioi-thieu"),
            SiteRoutes.Search,
            site.PageUrlIfAny(PageRoutes.AccessibilityPageSlug),
            site.PageUrlIfAny(PageRoutes.StaffGuidePageSlug),
            OpenGraphLocale(settings.Language),
            UpdateRoutes.Feed,
            UpdateRoutes.Updates,
            Menu(sections).Select(e => new NavItemView(e.Key, e.Url)).ToList(),
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
}
