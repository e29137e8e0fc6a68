using System.Text.Json.Serialization;

namespace HaiPhongUrban.Portal.Kernel.Catalogues;

// The JSON shape of a Frictionless Table Schema (v1), written by TableSchemaJson and inlined in
// datapackage.json. Parameter order is property order in the file.

internal sealed record TableSchemaDocument(
    [property: JsonPropertyName("fields")] IReadOnlyList<FieldDocument> Fields,
    [property: JsonPropertyName("primaryKey")] IReadOnlyList<string>? PrimaryKey,
    [property: JsonPropertyName("foreignKeys")] IReadOnlyList<ForeignKeyDocument>? ForeignKeys);

internal sealed record FieldDocument(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("format")] string? Format,
    [property: JsonPropertyName("description")] string? Description,
    [property: JsonPropertyName("constraints")] ConstraintsDocument? Constraints,
    [property: JsonPropertyName("categories")] IReadOnlyList<object>? Categories = null);

/// <summary>A category with its label, Table Schema 2.0's object form; <see cref="Value"/> is a string or, for an integer column, a number.</summary>
internal sealed record CategoryDocument(
    [property: JsonPropertyName("value")] object Value,
    [property: JsonPropertyName("label")] string? Label);

/// <summary>
/// Only the constraints a field has: <c>false</c> and empty are left out, since they are the defaults.
/// Enum values are strings (their form in the CSV), except for booleans, which the profile wants as JSON booleans.
/// </summary>
internal sealed record ConstraintsDocument(
    [property: JsonPropertyName("required")] bool? Required,
    [property: JsonPropertyName("unique")] bool? Unique,
    [property: JsonPropertyName("enum")] IReadOnlyList<object>? Enum);

/// <summary>The array form (fields and reference fields both arrays), one of the two forms the profile accepts.</summary>
internal sealed record ForeignKeyDocument(
    [property: JsonPropertyName("fields")] IReadOnlyList<string> Fields,
    [property: JsonPropertyName("reference")] ForeignKeyReference Reference);

internal sealed record ForeignKeyReference(
    [property: JsonPropertyName("resource")] string Resource,
    [property: JsonPropertyName("fields")] IReadOnlyList<string> Fields);
