using System.Text.Json.Serialization;

namespace HaiPhongUrban.Portal.Kernel.Catalogues;

// The JSON-LD shape of a DCAT-AP 3 catalogue (catalog.jsonld), written by DcatApJsonLd. Every
// property is a compact IRI from the @context; typed literals and IRIs are written as explicit
// JSON-LD value and node objects, so no term definition is needed to read them right. Nodes whose
// class DCAT-AP constrains carry their @type. Parameter order is property order in the file.

internal sealed record DcatCatalog(
    [property: JsonPropertyName("@context")] DcatContext Context,
    [property: JsonPropertyName("@id")] string Id,
    [property: JsonPropertyName("@type")] string Type,
    [property: JsonPropertyName("dct:title")] LangString? Title,
    [property: JsonPropertyName("dct:description")] LangString? Description,
    [property: JsonPropertyName("dct:publisher")] DcatAgent? Publisher,
    [property: JsonPropertyName("foaf:homepage")] JsonLdNode Homepage,
    [property: JsonPropertyName("dct:language")] JsonLdNode? Language,
    [property: JsonPropertyName("dct:license")] JsonLdNode? License,
    [property: JsonPropertyName("dcat:dataset")] IReadOnlyList<DcatDataset> Dataset);

internal sealed record DcatContext(
    [property: JsonPropertyName("dcat")] string Dcat,
    [property: JsonPropertyName("dct")] string Dct,
    [property: JsonPropertyName("foaf")] string Foaf,
    [property: JsonPropertyName("vcard")] string Vcard,
    [property: JsonPropertyName("spdx")] string Spdx,
    [property: JsonPropertyName("xsd")] string Xsd,
    [property: JsonPropertyName("adms")] string Adms,
    [property: JsonPropertyName("skos")] string Skos,
    [property: JsonPropertyName("rdfs")] string Rdfs)
{
    public static readonly DcatContext Prefixes = new(
        "http://www.w3.org/ns/dcat#",
        "http://purl.org/dc/terms/",
        "http://xmlns.com/foaf/0.1/",
        "http://www.w3.org/2006/vcard/ns#",
        "http://spdx.org/rdf/terms#",
        "http://www.w3.org/2001/XMLSchema#",
        "http://www.w3.org/ns/adms#",
        "http://www.w3.org/2004/02/skos/core#",
        "http://www.w3.org/2000/01/rdf-schema#");
}

internal sealed record DcatDataset(
    [property: JsonPropertyName("@id")] string Id,
    [property: JsonPropertyName("@type")] string Type,
    [property: JsonPropertyName("dct:identifier")] string Identifier,
    [property: JsonPropertyName("dct:title")] LangString? Title,
    [property: JsonPropertyName("dct:description")] LangString? Description,
    [property: JsonPropertyName("dcat:keyword")] IReadOnlyList<LangString>? Keyword,
    [property: JsonPropertyName("dcat:theme")] IReadOnlyList<DcatConcept>? Theme,
    [property: JsonPropertyName("dct:issued")] TypedLiteral Issued,
    [property: JsonPropertyName("dct:modified")] TypedLiteral Modified,
    [property: JsonPropertyName("dct:accrualPeriodicity")] JsonLdNode AccrualPeriodicity,
    [property: JsonPropertyName("dct:spatial")] DcatLocation? Spatial,
    [property: JsonPropertyName("dct:temporal")] DcatPeriod? Temporal,
    [property: JsonPropertyName("dct:language")] JsonLdNode? Language,
    [property: JsonPropertyName("dcat:contactPoint")] DcatKind? ContactPoint,
    [property: JsonPropertyName("dct:publisher")] DcatAgent? Publisher,
    [property: JsonPropertyName("dcat:landingPage")] JsonLdNode LandingPage,
    [property: JsonPropertyName("dcat:distribution")] IReadOnlyList<DcatDistribution> Distribution);

internal sealed record DcatDistribution(
    [property: JsonPropertyName("@type")] string Type,
    [property: JsonPropertyName("dct:title")] LangString Title,
    [property: JsonPropertyName("dct:description")] LangString? Description,
    [property: JsonPropertyName("dcat:accessURL")] JsonLdNode AccessUrl,
    [property: JsonPropertyName("dcat:downloadURL")] JsonLdNode DownloadUrl,
    [property: JsonPropertyName("dcat:mediaType")] JsonLdNode MediaType,
    [property: JsonPropertyName("dct:format")] JsonLdNode Format,
    [property: JsonPropertyName("dct:license")] JsonLdNode? License,
    [property: JsonPropertyName("dct:rights")] DcatRights? Rights,
    [property: JsonPropertyName("dcat:byteSize")] TypedLiteral ByteSize,
    [property: JsonPropertyName("spdx:checksum")] DcatChecksum Checksum,
    [property: JsonPropertyName("dct:conformsTo")] JsonLdNode? ConformsTo);

internal sealed record DcatAgent(
    [property: JsonPropertyName("@type")] string Type,
    [property: JsonPropertyName("foaf:name")] LangString Name,
    [property: JsonPropertyName("foaf:homepage")] JsonLdNode? Homepage);

internal sealed record DcatKind(
    [property: JsonPropertyName("@type")] string Type,
    [property: JsonPropertyName("vcard:fn")] string? Fn,
    [property: JsonPropertyName("vcard:hasEmail")] JsonLdNode? HasEmail,
    [property: JsonPropertyName("vcard:hasURL")] JsonLdNode? HasUrl);

internal sealed record DcatConcept(
    [property: JsonPropertyName("@id")] string Id,
    [property: JsonPropertyName("@type")] string Type,
    [property: JsonPropertyName("skos:prefLabel")] LangString PrefLabel);

/// <summary>A place: its name as staff wrote it, and its bounding box when the dataset's files give one.</summary>
internal sealed record DcatLocation(
    [property: JsonPropertyName("@type")] string Type,
    [property: JsonPropertyName("skos:prefLabel")] LangString? PrefLabel,
    [property: JsonPropertyName("dcat:bbox")] TypedLiteral? Bbox = null);

internal sealed record DcatPeriod(
    [property: JsonPropertyName("@type")] string Type,
    [property: JsonPropertyName("dcat:startDate")] TypedLiteral? StartDate,
    [property: JsonPropertyName("dcat:endDate")] TypedLiteral? EndDate);

internal sealed record DcatRights(
    [property: JsonPropertyName("@type")] string Type,
    [property: JsonPropertyName("rdfs:label")] LangString Label);

internal sealed record DcatChecksum(
    [property: JsonPropertyName("@type")] string Type,
    [property: JsonPropertyName("spdx:algorithm")] JsonLdNode Algorithm,
    [property: JsonPropertyName("spdx:checksumValue")] TypedLiteral ChecksumValue);

/// <summary>An IRI, with its class when DCAT-AP constrains the class of the property's value.</summary>
internal sealed record JsonLdNode(
    [property: JsonPropertyName("@id")] string Id,
    [property: JsonPropertyName("@type")] string? Type = null);

/// <summary>A literal of an XSD datatype ("2024-05-01"^^xsd:date).</summary>
internal sealed record TypedLiteral(
    [property: JsonPropertyName("@value")] string Value,
    [property: JsonPropertyName("@type")] string Type);

/// <summary>Text in a language ("Hải Phòng"@vi); without a language when site.yml names none.</summary>
internal sealed record LangString(
    [property: JsonPropertyName("@value")] string Value,
    [property: JsonPropertyName("@language")] string? Language);
