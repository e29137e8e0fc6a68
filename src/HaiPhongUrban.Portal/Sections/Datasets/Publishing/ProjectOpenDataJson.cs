using HaiPhongUrban.Portal.Kernel.Catalogues;
using HaiPhongUrban.Portal.Sections.Datasets.Model;

namespace HaiPhongUrban.Portal.Sections.Datasets.Publishing;

/// <summary>
/// /data.json in the Project Open Data Metadata Schema v1.1, the catalogue CKAN, DKAN, Socrata and
/// data.gov-style harvesters read. The portal is not a US federal agency, so the federal-only fields
/// (bureauCode, programCode) are absent. A value staff have not filled in yet is left out, never invented.
/// </summary>
public static class ProjectOpenDataJson
{
    private const string SchemaVersion = "https://project-open-data.cio.gov/v1.1/schema";

    public static byte[] Serialise(CatalogueContext context, IReadOnlyList<PublishedDataset> datasets) =>
        CatalogueJson.Serialise(new PodCatalog(
            SchemaVersion + "/catalog.jsonld",
            CatalogueJson.Url(context.BaseUrl, DatasetRoutes.ProjectOpenDataCatalog),
            "dcat:Catalog",
            SchemaVersion,
            SchemaVersion + "/catalog.json",
            datasets.Select(p => Dataset(context, p)).ToList()));

    private static PodDataset Dataset(CatalogueContext context, PublishedDataset published)
    {
        var d = published.Dataset;
        var landingPage = CatalogueJson.Url(context.BaseUrl, DatasetRoutes.Dataset(d.Slug));
        return new PodDataset(
            "dcat:Dataset",
            CatalogueJson.OrNull(d.Title),
            CatalogueJson.OrNull(d.Description),
            d.Keywords,
            CatalogueJson.IsoDate(d.Modified),
            new PodOrganization("org:Organization", CatalogueJson.OrNull(d.Publisher.Name)),
            new PodContact("vcard:Contact", CatalogueJson.OrNull(d.Contact.Name), Mailto(d.Contact.Email)),
            // The landing page's URL: stable (URLs never change once published) and unique.
            landingPage,
            "public",
            CatalogueJson.OrNull(d.License.Url),
            // Written whole even past the schema's 255 characters: cutting a rights statement short
            // would change what it says.
            CatalogueJson.OrNull(d.Rights),
            // One string: the bounding box ("W,S,E,N", the schema's own form) when the files give one,
            // which a harvester can map; otherwise the place as staff named it.
            published.Extent?.Joined ?? CatalogueJson.OrNull(d.Spatial),
            Temporal(d),
            CatalogueJson.IsoDate(d.Issued),
            d.Frequency.IsoRepeat(),
            context.Language.Length == 0 ? null : [context.Language],
            landingPage,
            CatalogueJson.OrNull(d.Themes.Select(t => t.Name).ToList()),
            published.Resources.SelectMany(r => r.Downloads.Select(download => Distribution(context, r, download)))
                .Concat(published.Files.Select(f => Distribution(context, f)))
                .ToList());
    }

    /// <summary>A generated file: no data dictionary, since it has no columns.</summary>
    private static PodDistribution Distribution(CatalogueContext context, PublishedFile file) => new(
        "dcat:Distribution",
        $"{file.File.Title} ({file.File.Source.FormatName})",
        CatalogueJson.OrNull(file.File.Description),
        CatalogueJson.Url(context.BaseUrl, file.Url),
        CatalogueFormats.MediaTypeEssence(file.MediaType),
        file.File.Source.FormatName,
        null,
        null);

    /// <summary>Every file of every resource, each pointing at its resource's Table Schema as data dictionary.</summary>
    private static PodDistribution Distribution(CatalogueContext context, PublishedResource resource, Download download) => new(
        "dcat:Distribution",
        $"{resource.Resource.Title} ({context.Formats[download.Format].Label})",
        context.Formats[download.Format].Description,
        CatalogueJson.Url(context.BaseUrl, download.Url),
        CatalogueFormats.MediaTypeEssence(download.MediaType),
        CatalogueFormats.Name(download.Format),
        CatalogueJson.Url(context.BaseUrl, resource.Schema.Url),
        "application/json");

    /// <summary>"start/end" (ISO 8601 interval); the schema has no form for a period open at one end.</summary>
    private static string? Temporal(Dataset d) =>
        d.TemporalStart is { } start && d.TemporalEnd is { } end
            ? $"{CatalogueJson.IsoDate(start)}/{CatalogueJson.IsoDate(end)}"
            : null;

    private static string? Mailto(string email) => email.Length == 0 ? null : "mailto:" + email;
}
