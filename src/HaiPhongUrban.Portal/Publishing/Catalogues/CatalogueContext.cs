using HaiPhongUrban.Portal.Content;
using HaiPhongUrban.Portal.Model;
using HaiPhongUrban.Portal.Model.Datasets;

namespace HaiPhongUrban.Portal.Publishing.Catalogues;

/// <summary>
/// What every catalogue says about the portal as a whole, taken from <c>site.yml</c>. Empty strings are
/// values staff have not filled in yet: catalogues leave them out rather than invent them, and an empty
/// <see cref="BaseUrl"/> makes every URL site-relative until the domain is known. <see cref="Formats"/>
/// names each download format in the interface language, from the same theme strings the pages use.
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
    public static CatalogueContext From(SiteSettings settings, StringTable strings) => new(
        settings.BaseUrl,
        settings.Title,
        settings.Description,
        settings.Language,
        new Agent(settings.PublisherName, settings.PublisherUrl),
        new ContactPoint(settings.PublisherName, settings.ContactEmail, settings.ContactUrl),
        new License(settings.EditorialLicenseName, settings.EditorialLicenseUrl),
        DownloadFormats.All.ToDictionary(
            f => f,
            f => new FormatWording(strings.At("datasets", "formats", f.ThemeKey()), strings.At("datasets", "format_help", f.ThemeKey()))));
}
