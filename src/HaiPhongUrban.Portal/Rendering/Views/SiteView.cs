using HaiPhongUrban.Portal.Sections.Views;
namespace HaiPhongUrban.Portal.Rendering.Views;

/// <summary>
/// What every template may read about the site (site.yml and the theme assets). Empty means not filled
/// in; <see cref="AccessibilityUrl"/> and <see cref="StaffGuideUrl"/> are empty when content/pages/ has no
/// accessibility statement or no staff guide, so the footer leaves that link out rather than break it.
/// <see cref="Title"/>, <see cref="Description"/>, the publisher and the licences are in the interface
/// language (<see cref="Language"/>); <see cref="ContentLanguage"/> is the language of the content
/// ("vi"), and <see cref="ContentTitle"/> the site's name in it, for a page title that is content.
/// <see cref="Locale"/> is the site language as Open Graph writes it (<c>vi_VN</c>).
/// </summary>
public sealed record SiteView(
    string Title,
    string Description,
    string Language,
    string PublisherName,
    string PublisherUrl,
    string ContactEmail,
    string ContactUrl,
    string EditorialLicenseName,
    string EditorialLicenseUrl,
    string OfficialTextStatement,
    string StylesheetUrl,
    string IconUrl,
    string HomeUrl,
    string AboutUrl,
    string SearchUrl,
    string AccessibilityUrl,
    string StaffGuideUrl,
    string Locale,
    string FeedUrl,
    string UpdatesUrl,
    IReadOnlyList<NavItemView> Nav,
    string ContentLanguage,
    string ContentTitle);
