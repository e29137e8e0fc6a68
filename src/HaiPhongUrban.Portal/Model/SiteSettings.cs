namespace HaiPhongUrban.Portal.Model;

/// <summary>The checked <c>site.yml</c>. Empty strings are values not filled in yet; pages say so.</summary>
public sealed record SiteSettings(
    string Title,
    string Description,
    string Language,
    string BaseUrl,
    string PublisherName,
    string PublisherUrl,
    string ContactEmail,
    string ContactUrl,
    string EditorialLicenseName,
    string EditorialLicenseUrl,
    string OfficialTextStatement);
