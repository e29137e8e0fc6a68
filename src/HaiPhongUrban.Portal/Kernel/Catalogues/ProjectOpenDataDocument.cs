using System.Text.Json.Serialization;

namespace HaiPhongUrban.Portal.Kernel.Catalogues;

// The JSON shape of a Project Open Data Metadata Schema v1.1 catalogue (data.json), written by
// ProjectOpenDataJson. Parameter order is property order in the file.

internal sealed record PodCatalog(
    [property: JsonPropertyName("@context")] string Context,
    [property: JsonPropertyName("@id")] string Id,
    [property: JsonPropertyName("@type")] string Type,
    [property: JsonPropertyName("conformsTo")] string ConformsTo,
    [property: JsonPropertyName("describedBy")] string DescribedBy,
    [property: JsonPropertyName("dataset")] IReadOnlyList<PodDataset> Dataset);

internal sealed record PodDataset(
    [property: JsonPropertyName("@type")] string Type,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("description")] string? Description,
    [property: JsonPropertyName("keyword")] IReadOnlyList<string> Keyword,
    [property: JsonPropertyName("modified")] string Modified,
    [property: JsonPropertyName("publisher")] PodOrganization Publisher,
    [property: JsonPropertyName("contactPoint")] PodContact ContactPoint,
    [property: JsonPropertyName("identifier")] string Identifier,
    [property: JsonPropertyName("accessLevel")] string AccessLevel,
    [property: JsonPropertyName("license")] string? License,
    [property: JsonPropertyName("rights")] string? Rights,
    [property: JsonPropertyName("spatial")] string? Spatial,
    [property: JsonPropertyName("temporal")] string? Temporal,
    [property: JsonPropertyName("issued")] string Issued,
    [property: JsonPropertyName("accrualPeriodicity")] string? AccrualPeriodicity,
    [property: JsonPropertyName("language")] IReadOnlyList<string>? Language,
    [property: JsonPropertyName("landingPage")] string LandingPage,
    [property: JsonPropertyName("theme")] IReadOnlyList<string>? Theme,
    [property: JsonPropertyName("distribution")] IReadOnlyList<PodDistribution> Distribution);

internal sealed record PodOrganization(
    [property: JsonPropertyName("@type")] string Type,
    [property: JsonPropertyName("name")] string? Name);

internal sealed record PodContact(
    [property: JsonPropertyName("@type")] string Type,
    [property: JsonPropertyName("fn")] string? Fn,
    [property: JsonPropertyName("hasEmail")] string? HasEmail);

internal sealed record PodDistribution(
    [property: JsonPropertyName("@type")] string Type,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("description")] string? Description,
    [property: JsonPropertyName("downloadURL")] string DownloadUrl,
    [property: JsonPropertyName("mediaType")] string MediaType,
    [property: JsonPropertyName("format")] string Format,
    [property: JsonPropertyName("describedBy")] string? DescribedBy,
    [property: JsonPropertyName("describedByType")] string? DescribedByType);
