using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Kernel.Files;

namespace HaiPhongUrban.Portal.Sections.Datasets.Content;

/// <summary>
/// One folder of <c>content/datasets/</c> as written in its <c>dataset.yml</c>, before validation.
/// Absent optional values are null; site-wide defaults are applied only in the model.
/// </summary>
public sealed record RawDataset(
    Located<string> Slug,
    string FolderPath,
    string FilePath,
    string Title,
    string Description,
    RawAgent? Publisher,
    RawContactPoint? Contact,
    RawAgent? License,
    bool ContainsOfficialText,
    IReadOnlyList<Located<string>> Keywords,
    IReadOnlyList<Located<string>> Themes,
    Located<DateOnly?> Issued,
    Located<DateOnly?> Modified,
    Located<string> Frequency,
    Located<DateOnly?> TemporalStart,
    Located<DateOnly?> TemporalEnd,
    string Spatial,
    RawAgent? Source,
    IReadOnlyList<RawChange> Changes,
    IReadOnlyList<RawResource> Resources);

/// <summary>A name with an optional web address: a publisher, a licence, a source.</summary>
public sealed record RawAgent(string Name, string Url);

public sealed record RawContactPoint(string Name, string Email, string Url);

public sealed record RawChange(Located<DateOnly?> Date, string Note);

/// <summary>
/// One resource of a dataset: a table, either a CSV file beside <c>dataset.yml</c> (<see cref="Path"/>) or
/// rows another section draws from its content, or a file another section makes (both
/// <see cref="GeneratedFrom"/>, which names a table or a file). Exactly one of the two is set. A table has
/// a schema; a file has none. <see cref="Schema"/> is empty when none is written, and
/// <see cref="SchemaKey"/>, where the <c>schema:</c> key is, is then null.
/// </summary>
public sealed record RawResource(
    Located<string> Name,
    string Title,
    string Description,
    Located<string>? Path,
    Located<string>? GeneratedFrom,
    RawTableSchema Schema,
    SourceLocation Location,
    SourceLocation? SchemaKey);

public sealed record RawTableSchema(
    IReadOnlyList<RawField> Fields,
    IReadOnlyList<Located<string>> PrimaryKey,
    IReadOnlyList<RawForeignKey> ForeignKeys,
    SourceLocation Location);

public sealed record RawField(
    Located<string> Name,
    string Title,
    Located<string> Type,
    string Description,
    bool Required,
    bool Unique,
    IReadOnlyList<Located<string>> Enum,
    Located<string>? Format = null)
{
    /// <summary>The field's <c>categories:</c> in file order, empty when there are none.</summary>
    public IReadOnlyList<RawCategory> Categories { get; init; } = [];

    /// <summary>Where <c>categories:</c> is written, null when it is not.</summary>
    public SourceLocation? CategoriesKey { get; init; }
}

/// <summary>
/// One entry of a field's <c>categories:</c>: a value alone (<c>- chua-co-bao-cao</c>) or a value and its
/// label (<c>- { value: chua-co-bao-cao, label: Chưa có báo cáo }</c>); <see cref="Label"/> is null when none is written.
/// </summary>
public sealed record RawCategory(Located<string> Value, Located<string>? Label);

public sealed record RawForeignKey(Located<string> Field, Located<string> Resource, Located<string> ReferencedField);
