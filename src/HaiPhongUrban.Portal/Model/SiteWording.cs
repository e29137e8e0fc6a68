namespace HaiPhongUrban.Portal.Model;

/// <summary>
/// The values of <c>site.yml</c> that pages show as part of the interface (the site's name in the header,
/// the footer's publisher and licence, the about page's statements), in one language. Empty strings are
/// values not filled in yet, as in <see cref="SiteSettings"/>.
/// </summary>
public sealed record SiteWording(
    string Title,
    string Description,
    string PublisherName,
    string EditorialLicenseName,
    string EditorialLicenseUrl,
    string OfficialTextStatement);
