using HaiPhongUrban.Portal.Kernel.Catalogues;
using HaiPhongUrban.Portal.Kernel.Tables;

namespace HaiPhongUrban.Portal.Sections.Datasets.Publishing;

/// <summary>
/// A resource's columns as a Frictionless Table Schema (v1, with v2's <c>categories</c> on a column that has
/// them, a property v1 readers ignore): the data dictionary that data.json and DCAT point at, and the
/// <c>schema</c> inlined in every datapackage.json.
/// </summary>
public static class TableSchemaJson
{
    /// <summary>
    /// The schema as a JSON file. A foreign key names a resource of the data package the schema is read
    /// in, so the caller says which keys that package can resolve: a key into a resource the package does
    /// not hold would make it invalid. Null keeps every key.
    /// </summary>
    public static byte[] Serialise(TableSchema schema, Func<ForeignKey, bool>? includeForeignKey = null) =>
        CatalogueJson.Serialise(Build(schema, includeForeignKey));

    internal static TableSchemaDocument Build(TableSchema schema, Func<ForeignKey, bool>? includeForeignKey = null)
    {
        var foreignKeys = schema.ForeignKeys
            .Where(key => includeForeignKey?.Invoke(key) ?? true)
            .Select(key => new ForeignKeyDocument([key.Field], new ForeignKeyReference(key.ReferencedResource, [key.ReferencedField])))
            .ToList();

        return new TableSchemaDocument(
            schema.Fields.Select(Field).ToList(),
            CatalogueJson.OrNull(schema.PrimaryKey),
            CatalogueJson.OrNull(foreignKeys));
    }

    private static FieldDocument Field(TableField field) => new(
        field.Name,
        CatalogueJson.OrNull(field.Title),
        field.Type.Name(),
        // "default" is the format of every type (dates are YYYY-MM-DD) but for strings that are
        // addresses ("uri"); the profile gives booleans no format at all, so theirs is left out.
        field.Type == FieldType.Boolean ? null : field.Format.Length > 0 ? field.Format : "default",
        CatalogueJson.OrNull(field.Description),
        Constraints(field),
        Categories(field));

    /// <summary>
    /// Table Schema 2.0's <c>categories</c>: the values alone when none has a label, else one object per value
    /// (<c>{"value", "label"}</c>, the label left out where there is none). An integer column's values are numbers.
    /// </summary>
    private static IReadOnlyList<object>? Categories(TableField field)
    {
        if (field.Categories.Count == 0)
        {
            return null;
        }

        object Value(string text) => field.Type.Parse(text) ?? throw new InvalidOperationException(
            $"Field '{field.Name}': category '{text}' is not a {field.Type.Name()}; validation should have refused it.");
        return field.Categories.All(c => c.Label.Length == 0)
            ? field.Categories.Select(c => Value(c.Value)).ToList()
            : field.Categories.Select(c => (object)new CategoryDocument(Value(c.Value), CatalogueJson.OrNull(c.Label))).ToList();
    }

    private static ConstraintsDocument? Constraints(TableField field)
    {
        // The allowed values are written as an enum even when they come from categories: a reader of Table
        // Schema v1, which has no categories, still checks every cell against them.
        var allowed = field.AllowedValues;
        var values = allowed.Count == 0 ? null : allowed.Select(value => EnumValue(field, value)).ToList();
        return field.Required || field.Unique || values is not null
            ? new ConstraintsDocument(field.Required ? true : null, field.Unique ? true : null, values)
            : null;
    }

    private static object EnumValue(TableField field, string value) =>
        field.Type == FieldType.Boolean
            ? FieldType.Boolean.Parse(value) ?? throw new InvalidOperationException(
                $"Field '{field.Name}': enum value '{value}' is not a boolean; validation should have refused it.")
            : value;
}
