namespace HaiPhongUrban.Portal.Model;

/// <summary>
/// The checked <c>site.yml</c>. Empty strings are values not filled in yet; pages say so. The top-level
/// values are Vietnamese, the language of the content, and describe the content wherever it goes
/// (catalogues, citations); <see cref="Interface"/> holds the same values in the interface language
/// (<see cref="Language"/>), for what pages show around the content.
/// </summary>
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
    string OfficialTextStatement,
    SiteWording Interface)
{
    /// <summary>
    /// The language of everything the portal publishes as content: the official wording, the editorial
    /// metadata, documents, datasets and Markdown pages. Whatever the interface language, they stay
    /// Vietnamese, and pages mark them so (lang="vi").
    /// </summary>
    public const string ContentLanguage = "vi";
}
