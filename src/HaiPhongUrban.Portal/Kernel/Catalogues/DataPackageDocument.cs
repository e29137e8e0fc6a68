using System.Text.Json.Serialization;

namespace HaiPhongUrban.Portal.Kernel.Catalogues;

// The JSON shape of a Frictionless Data Package v1, written by DataPackageJson: profile
// "tabular-data-package" when every resource is a table, "data-package" when one is a generated file.
// Parameter order is property order in the file.

internal sealed record DataPackageDocument(
    [property: JsonPropertyName("profile")] string Profile,
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("description")] string? Description,
    [property: JsonPropertyName("homepage")] string Homepage,
    [property: JsonPropertyName("licenses")] IReadOnlyList<PackageLicense>? Licenses,
    [property: JsonPropertyName("keywords")] IReadOnlyList<string>? Keywords,
    [property: JsonPropertyName("created")] string? Created,
    [property: JsonPropertyName("modified")] string? Modified,
    [property: JsonPropertyName("contributors")] IReadOnlyList<PackageContributor>? Contributors,
    [property: JsonPropertyName("sources")] IReadOnlyList<PackageSource>? Sources,
    [property: JsonPropertyName("resources")] IReadOnlyList<PackageResource> Resources)
{
    /// <summary>The package's spatial extent, a property of the portal's own (the spec allows any); written last.</summary>
    [JsonPropertyName("spatial")]
    public PackageSpatial? Spatial { get; init; }
}

/// <summary>A WGS84 bounding box in RFC 7946's <c>bbox</c> order: west, south, east, north.</summary>
internal sealed record PackageSpatial(
    [property: JsonPropertyName("bbox")] IReadOnlyList<double> Bbox);

/// <summary>
/// <c>name</c> must be an Open Definition or SPDX licence id; the portal's licences have none yet, so
/// only the URL and the title are given.
/// </summary>
internal sealed record PackageLicense(
    [property: JsonPropertyName("path")] string? Path,
    [property: JsonPropertyName("title")] string? Title);

internal sealed record PackageContributor(
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("path")] string? Path,
    [property: JsonPropertyName("role")] string Role);

internal sealed record PackageSource(
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("path")] string? Path);

internal sealed record PackageResource(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("profile")] string Profile,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("description")] string? Description,
    [property: JsonPropertyName("format")] string Format,
    [property: JsonPropertyName("mediatype")] string MediaType,
    [property: JsonPropertyName("encoding")] string? Encoding,
    [property: JsonPropertyName("bytes")] long Bytes,
    [property: JsonPropertyName("hash")] string Hash,
    [property: JsonPropertyName("licenses")] IReadOnlyList<PackageLicense>? Licenses,
    [property: JsonPropertyName("dialect")] CsvDialect? Dialect,
    [property: JsonPropertyName("schema")] TableSchemaDocument? Schema)
{
    /// <summary>A generated file's own extent (the portal's property, like the package's); tables have none.</summary>
    [JsonPropertyName("spatial")]
    public PackageSpatial? Spatial { get; init; }
}

/// <summary>How the portal writes every CSV (RFC 4180): said explicitly rather than left to defaults.</summary>
internal sealed record CsvDialect(
    [property: JsonPropertyName("delimiter")] string Delimiter,
    [property: JsonPropertyName("lineTerminator")] string LineTerminator,
    [property: JsonPropertyName("header")] bool Header,
    [property: JsonPropertyName("doubleQuote")] bool DoubleQuote)
{
    public static readonly CsvDialect Rfc4180 = new(",", "\r\n", true, true);
}
