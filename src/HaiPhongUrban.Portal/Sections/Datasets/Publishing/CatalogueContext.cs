using HaiPhongUrban.Portal.Kernel.Theme;
using HaiPhongUrban.Portal.Model;
using HaiPhongUrban.Portal.Sections.Datasets.Model;

namespace HaiPhongUrban.Portal.Sections.Datasets.Publishing;

/// <summary>
/// What every catalogue says about the portal as a whole, taken from <c>site.yml</c>. Empty strings are
/// values staff have not filled in yet: catalogues leave them out rather than invent them, and an empty
/// <see cref="BaseUrl"/> makes every URL site-relative until the domain is known. <see cref="Formats"/>
/// names each download format in the content's language, from the same theme strings the pages use.
/// A catalogue describes the content, which is Vietnamese whatever the interface: its title, its
/// language tag and its words are the content's, so every build publishes the same catalogue bytes.
/// </summary>
public sealed record CatalogueContext(
    string BaseUrl,
    string Title,
    string Description,
    string Language,
    Agent Publisher,
    ContactPoint Contact,
    License DefaultLicense,
    IReadOnlyDictionary<DownloadFormat, FormatWording> Formats)
{
    /// <param name="contentStrings">The theme's strings in <see cref="SiteSettings.ContentLanguage"/>.</param>
    public static CatalogueContext From(SiteSettings settings, StringTable contentStrings) => new(
        settings.BaseUrl,
        settings.Title,
        settings.Description,
        SiteSettings.ContentLanguage,
        new Agent(settings.PublisherName, settings.PublisherUrl),
        new ContactPoint(settings.PublisherName, settings.ContactEmail, settings.ContactUrl),
        new License(settings.EditorialLicenseName, settings.EditorialLicenseUrl),
        DownloadFormats.All.ToDictionary(
            f => f,
            f => new FormatWording(contentStrings.At("datasets", "formats", f.ThemeKey()), contentStrings.At("datasets", "format_help", f.ThemeKey()))));
}
