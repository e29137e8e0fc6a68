namespace HaiPhongUrban.Portal.Kernel.Tables;

/// <summary>The columns of a resource, modelled on Frictionless Table Schema.</summary>
public sealed record TableSchema(
    IReadOnlyList<TableField> Fields,
    IReadOnlyList<string> PrimaryKey,
    IReadOnlyList<ForeignKey> ForeignKeys);

/// <summary>
/// One column: its name in the CSV header, what it holds, and the rules every cell must meet.
/// <see cref="Format"/> is Table Schema's: "" (default) or <see cref="FieldFormats.UriFormat"/> for a string column
/// of addresses, whose every cell must pass <see cref="Urls.ContentUrl"/>'s check.
/// <see cref="Categories"/> is Table Schema 2.0's: the codes a column may hold, each with the words a reader
/// sees in its place (the preview, the data dictionary); the files keep the codes.
/// </summary>
public sealed record TableField(
    string Name,
    string Title,
    FieldType Type,
    string Description,
    bool Required,
    bool Unique,
    IReadOnlyList<string> Enum,
    string Format = "")
{
    public IReadOnlyList<FieldCategory> Categories { get; init; } = [];

    /// <summary>
    /// The values a cell may hold, empty when any value of the type will do. With categories, a cell must be
    /// one of them and, when <see cref="Enum"/> is given too (Table Schema 2.0 allows it, as a subset of
    /// the categories), one of those as well.
    /// </summary>
    public IReadOnlyList<string> AllowedValues => Categories.Count == 0
        ? Enum
        : Categories.Select(c => c.Value).Where(v => Enum.Count == 0 || Enum.Contains(v, StringComparer.Ordinal)).ToList();

    /// <summary>The label a value of this column is shown with, or null when the value has none.</summary>
    public string? LabelOf(string value) =>
        Categories.FirstOrDefault(c => string.Equals(c.Value, value, StringComparison.Ordinal)) is { Label.Length: > 0 } category ? category.Label : null;
}

/// <summary>One allowed value of a column, as written in the CSV, and its label ("" when none is given).</summary>
public sealed record FieldCategory(string Value, string Label);

/// <summary>The formats a column may declare.</summary>
public static class FieldFormats
{
    public const string UriFormat = "uri";
}

/// <summary>Every value of <see cref="Field"/> must be a value of <see cref="ReferencedField"/> in <see cref="ReferencedResource"/>.</summary>
public sealed record ForeignKey(string Field, string ReferencedResource, string ReferencedField);
