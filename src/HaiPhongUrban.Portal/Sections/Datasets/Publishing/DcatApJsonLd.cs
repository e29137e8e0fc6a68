using HaiPhongUrban.Portal.Kernel.Urls;
using HaiPhongUrban.Portal.Kernel.Catalogues;
using HaiPhongUrban.Portal.Model;
using HaiPhongUrban.Portal.Sections.Datasets.Model;
using HaiPhongUrban.Portal.Sections.Topics.Model;
using System.Globalization;

namespace HaiPhongUrban.Portal.Sections.Datasets.Publishing;

/// <summary>
/// /catalog.jsonld: the catalogue in DCAT-AP 3 as JSON-LD, what European portals (data.europa.eu,
/// CKAN with ckanext-dcat) harvest. Mandatory in DCAT-AP 3.0.0's SHACL shapes: a catalogue's title,
/// description and publisher; a dataset's title and description; a distribution's access URL; an
/// agent's name; a checksum's algorithm and value. The rest is recommended or optional and is written
/// whenever the content has it. Controlled values use the EU Publications Office authority tables.
/// </summary>
public static class DcatApJsonLd
{
    private const string FrequencyAuthority = "http://publications.europa.eu/resource/authority/frequency/";
    private const string LanguageAuthority = "http://publications.europa.eu/resource/authority/language/";
    private const string IanaMediaTypes = "http://www.iana.org/assignments/media-types/";
    private const string WktLiteral = "http://www.opengis.net/ont/geosparql#wktLiteral";

    public static byte[] Serialise(CatalogueContext context, IReadOnlyList<PublishedDataset> datasets) =>
        CatalogueJson.Serialise(new DcatCatalog(
            DcatContext.Prefixes,
            CatalogueJson.Url(context.BaseUrl, DatasetRoutes.DcatCatalog),
            "dcat:Catalog",
            Text(context, context.Title),
            Text(context, context.Description),
            Agent(context, context.Publisher),
            new JsonLdNode(CatalogueJson.Url(context.BaseUrl, UrlPath.Root), "foaf:Document"),
            Language(context),
            License(context.DefaultLicense),
            datasets.Select(p => Dataset(context, p)).ToList()));

    private static DcatDataset Dataset(CatalogueContext context, PublishedDataset published)
    {
        var d = published.Dataset;
        var landingPage = CatalogueJson.Url(context.BaseUrl, DatasetRoutes.Dataset(d.Slug));
        return new DcatDataset(
            // The dataset is not its page: a fragment of the page's URL names it, so that
            // dcat:landingPage links two different things.
            landingPage + "#dataset",
            "dcat:Dataset",
            landingPage,
            Text(context, d.Title),
            Text(context, d.Description),
            CatalogueJson.OrNull(d.Keywords.Select(k => new LangString(k, Tag(context))).ToList()),
            CatalogueJson.OrNull(d.Themes.Select(t => Theme(context, t)).ToList()),
            Date(d.Issued),
            Date(d.Modified),
            new JsonLdNode(FrequencyAuthority + d.Frequency.EuCode(), "dct:Frequency"),
            Spatial(context, d.Spatial, published.Extent),
            d.TemporalStart is null && d.TemporalEnd is null
                ? null
                : new DcatPeriod("dct:PeriodOfTime", OptionalDate(d.TemporalStart), OptionalDate(d.TemporalEnd)),
            Language(context),
            Contact(d.Contact),
            Agent(context, d.Publisher),
            new JsonLdNode(landingPage, "foaf:Document"),
            published.Resources.SelectMany(r => r.Downloads.Select(download => Distribution(context, d, r, download, landingPage)))
                .Concat(published.Files.Select(f => Distribution(context, d, f, landingPage)))
                .ToList());
    }

    /// <summary>
    /// The place as staff named it, and the bounding box of the dataset's files when they give one: a WKT
    /// polygon typed as GeoSPARQL's wktLiteral, as DCAT-AP 3 recommends for <c>dcat:bbox</c>. Its IRI is
    /// written out rather than given a prefix, so the catalogue's @context stays as it was.
    /// </summary>
    private static DcatLocation? Spatial(CatalogueContext context, string name, GeoBox? extent) =>
        name.Length == 0 && extent is null
            ? null
            : new DcatLocation(
                "dct:Location",
                name.Length == 0 ? null : new LangString(name, Tag(context)),
                extent is null ? null : new TypedLiteral(extent.WktPolygon, WktLiteral));

    /// <summary>A generated file: its own media type and format, and no schema to conform to.</summary>
    private static DcatDistribution Distribution(CatalogueContext context, Dataset dataset, PublishedFile file, string landingPage) => new(
        "dcat:Distribution",
        new LangString($"{file.File.Title} ({file.File.Source.FormatName})", Tag(context)),
        Text(context, file.File.Description),
        new JsonLdNode(landingPage),
        new JsonLdNode(CatalogueJson.Url(context.BaseUrl, file.Url)),
        new JsonLdNode(IanaMediaTypes + CatalogueFormats.MediaTypeEssence(file.MediaType), "dct:MediaType"),
        new JsonLdNode(CatalogueFormats.EuFileTypes + file.File.Source.EuFileType, "dct:MediaTypeOrExtent"),
        License(dataset.License),
        dataset.Rights.Length == 0 ? null : new DcatRights("dct:RightsStatement", new LangString(dataset.Rights, Tag(context))),
        new TypedLiteral(file.Bytes.ToString(CultureInfo.InvariantCulture), "xsd:nonNegativeInteger"),
        new DcatChecksum(
            "spdx:Checksum",
            new JsonLdNode("spdx:checksumAlgorithm_sha256"),
            new TypedLiteral(file.Sha256, "xsd:hexBinary")),
        null);

    private static DcatDistribution Distribution(
        CatalogueContext context, Dataset dataset, PublishedResource resource, Download download, string landingPage) => new(
        "dcat:Distribution",
        new LangString($"{resource.Resource.Title} ({context.Formats[download.Format].Label})", Tag(context)),
        new LangString(context.Formats[download.Format].Description, Tag(context)),
        new JsonLdNode(landingPage),
        new JsonLdNode(CatalogueJson.Url(context.BaseUrl, download.Url)),
        new JsonLdNode(IanaMediaTypes + CatalogueFormats.MediaTypeEssence(download.MediaType), "dct:MediaType"),
        new JsonLdNode(CatalogueFormats.EuFileType(download.Format), "dct:MediaTypeOrExtent"),
        License(dataset.License),
        dataset.Rights.Length == 0 ? null : new DcatRights("dct:RightsStatement", new LangString(dataset.Rights, Tag(context))),
        new TypedLiteral(download.Bytes.ToString(CultureInfo.InvariantCulture), "xsd:nonNegativeInteger"),
        new DcatChecksum(
            "spdx:Checksum",
            new JsonLdNode("spdx:checksumAlgorithm_sha256"),
            new TypedLiteral(download.Sha256, "xsd:hexBinary")),
        new JsonLdNode(CatalogueJson.Url(context.BaseUrl, resource.Schema.Url), "dct:Standard"));

    /// <summary>A theme is a concept: its page on the portal names it, its name labels it.</summary>
    private static DcatConcept Theme(CatalogueContext context, Topic topic) =>
        new(CatalogueJson.Url(context.BaseUrl, DatasetRoutes.DatasetsByTheme(topic.Id)), "skos:Concept", new LangString(topic.Name, Tag(context)));

    private static DcatAgent? Agent(CatalogueContext context, Agent agent) =>
        agent.Name.Length == 0
            ? null
            : new DcatAgent("foaf:Agent", new LangString(agent.Name, Tag(context)), agent.Url.Length == 0 ? null : new JsonLdNode(agent.Url, "foaf:Document"));

    private static DcatKind? Contact(ContactPoint contact) =>
        contact.Name.Length == 0 && contact.Email.Length == 0 && contact.Url.Length == 0
            ? null
            : new DcatKind(
                "vcard:Kind",
                CatalogueJson.OrNull(contact.Name),
                contact.Email.Length == 0 ? null : new JsonLdNode("mailto:" + contact.Email),
                contact.Url.Length == 0 ? null : new JsonLdNode(contact.Url));

    private static JsonLdNode? License(License license) =>
        license.Url.Length == 0 ? null : new JsonLdNode(license.Url, "dct:LicenseDocument");

    /// <summary>The site language in the EU language table; only the languages the portal can be in are mapped.</summary>
    private static JsonLdNode? Language(CatalogueContext context) => context.Language switch
    {
        "vi" => new JsonLdNode(LanguageAuthority + "VIE", "dct:LinguisticSystem"),
        "en" => new JsonLdNode(LanguageAuthority + "ENG", "dct:LinguisticSystem"),
        _ => null,
    };

    private static LangString? Text(CatalogueContext context, string value) =>
        value.Length == 0 ? null : new LangString(value, Tag(context));

    private static string? Tag(CatalogueContext context) => CatalogueJson.OrNull(context.Language);

    private static TypedLiteral Date(DateOnly date) => new(CatalogueJson.IsoDate(date), "xsd:date");

    private static TypedLiteral? OptionalDate(DateOnly? date) => date is { } d ? Date(d) : null;
}
