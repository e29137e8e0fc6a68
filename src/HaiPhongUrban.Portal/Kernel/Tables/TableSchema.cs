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
/// </summary>
public sealed record TableField(
    string Name,
    string Title,
    FieldType Type,
    string Description,
    bool Required,
    bool Unique,
    IReadOnlyList<string> Enum,
    string Format = "");

/// <summary>The formats a column may declare.</summary>
public static class FieldFormats
{
    public const string UriFormat = "uri";
}

/// <summary>Every value of <see cref="Field"/> must be a value of <see cref="ReferencedField"/> in <see cref="ReferencedResource"/>.</summary>
public sealed record ForeignKey(string Field, string ReferencedResource, string ReferencedField);
