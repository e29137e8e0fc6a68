using HaiPhongUrban.Portal.Kernel.Tables;
using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Sections.Datasets.Content;
using System.Globalization;
using System.Text.RegularExpressions;

namespace HaiPhongUrban.Portal.Sections.Datasets.Validation;

/// <summary>Checks one resource's column schema: names, types, enums, keys and what foreign keys point at.</summary>
public static partial class ValidateSchema
{
    /// <summary>True when the schema is sound enough to check rows against.</summary>
    /// <param name="schemasByResource">Every table's schema, by resource name: what a foreign key may point at.</param>
    /// <param name="files">The names of the resources that are generated files, which have no columns to point at.</param>
    public static bool Run(RawTableSchema schema, IReadOnlyDictionary<string, RawTableSchema> schemasByResource, IReadOnlySet<string> files, DiagnosticBag diagnostics)
    {
        var errorsBefore = diagnostics.ErrorCount;
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in schema.Fields)
        {
            if (field.Name.Value.Length > 0 && !FieldName().IsMatch(field.Name.Value))
            {
                diagnostics.Error(field.Name.Location, Messages.FieldNameInvalid, field.Name.Value);
            }
            else if (field.Name.Value.Length > 0 && !names.Add(field.Name.Value))
            {
                diagnostics.Error(field.Name.Location, Messages.FieldNameDuplicate, field.Name.Value);
            }

            if (!FieldTypes.ByName.TryGetValue(field.Type.Value, out var type))
            {
                if (field.Type.Value.Length > 0)
                {
                    diagnostics.Error(field.Type.Location, Messages.FieldTypeUnknown, field.Type.Value, string.Join(", ", FieldTypes.ByName.Keys));
                }

                continue;
            }

            if (field.Format is { Value.Length: > 0 } format && (format.Value != FieldFormats.UriFormat || type != FieldType.String))
            {
                diagnostics.Error(format.Location, Messages.ValueNotAllowed, format.Value, "format", FieldFormats.UriFormat + " (type: string)");
            }

            foreach (var value in field.Enum.Where(v => type.Parse(v.Value) is null))
            {
                diagnostics.Error(value.Location, Messages.EnumValueInvalid, value.Value, type.Name());
            }

            CheckCategories(field, type, diagnostics);
        }

        // A typo in one field's name: every reference to the right name would be "no column", far from
        // the typo. When one declared field that nothing names is a letter or two from a name that is
        // referenced but not declared, that field is reported, once, and the references are not.
        var namedElsewhere = schema.PrimaryKey.Select(k => k.Value).Concat(schema.ForeignKeys.Select(f => f.Field.Value)).Where(n => n.Length > 0).ToHashSet(StringComparer.Ordinal);
        var typos = new HashSet<string>(StringComparer.Ordinal);
        foreach (var wanted in namedElsewhere.Where(n => !names.Contains(n)).Order(StringComparer.Ordinal))
        {
            var near = schema.Fields.Where(f => f.Name.Value.Length > 0 && !namedElsewhere.Contains(f.Name.Value) && Distance(f.Name.Value, wanted) <= 2).ToList();
            if (near.Count == 1)
            {
                diagnostics.Error(near[0].Name.Location, Messages.FieldNameTypo, near[0].Name.Value, wanted);
                typos.Add(wanted);
            }
        }

        foreach (var key in schema.PrimaryKey.Where(k => !names.Contains(k.Value) && !typos.Contains(k.Value)))
        {
            diagnostics.Error(key.Location, Messages.SchemaFieldUnknown, key.Value);
        }

        foreach (var foreignKey in schema.ForeignKeys)
        {
            if (foreignKey.Field.Value.Length > 0 && !names.Contains(foreignKey.Field.Value) && !typos.Contains(foreignKey.Field.Value))
            {
                diagnostics.Error(foreignKey.Field.Location, Messages.SchemaFieldUnknown, foreignKey.Field.Value);
            }

            if (foreignKey.Resource.Value.Length == 0)
            {
                continue;
            }

            if (files.Contains(foreignKey.Resource.Value))
            {
                diagnostics.Error(foreignKey.Resource.Location, Messages.ForeignKeyToFile, foreignKey.Resource.Value);
                continue;
            }

            if (!schemasByResource.TryGetValue(foreignKey.Resource.Value, out var target))
            {
                diagnostics.Error(foreignKey.Resource.Location, Messages.ResourceUnknown, foreignKey.Resource.Value);
                continue;
            }

            var referenced = target.Fields.FirstOrDefault(f => f.Name.Value == foreignKey.ReferencedField.Value);
            if (referenced is null)
            {
                diagnostics.Error(foreignKey.ReferencedField.Location, Messages.SchemaFieldUnknown, foreignKey.ReferencedField.Value);
            }
            else if (!referenced.Unique && !(target.PrimaryKey.Count == 1 && target.PrimaryKey[0].Value == referenced.Name.Value))
            {
                diagnostics.Error(foreignKey.ReferencedField.Location, Messages.ForeignKeyTargetNotUnique, referenced.Name.Value);
            }
        }

        return diagnostics.ErrorCount == errorsBefore && schema.Fields.Count > 0;
    }

    /// <summary>
    /// Table Schema 2.0's rules for <c>categories</c>: only on string and integer columns, each value a value
    /// of the type and listed once (1 and 01 are the same integer), each label written and unique, and an
    /// <c>enum</c> beside them a subset of them.
    /// </summary>
    private static void CheckCategories(RawField field, FieldType type, DiagnosticBag diagnostics)
    {
        if (field.CategoriesKey is not { } key)
        {
            return;
        }

        if (type is not (FieldType.String or FieldType.Integer))
        {
            diagnostics.Error(key, Messages.CategoriesType, type.Name());
            return;
        }

        if (field.Categories.Count == 0)
        {
            diagnostics.Error(key, Messages.CategoriesEmpty);
            return;
        }

        var values = new Dictionary<object, SourceLocation>();
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var category in field.Categories.Where(c => c.Value.Value.Length > 0))
        {
            var value = category.Value;
            if (type.Parse(value.Value) is not { } parsed)
            {
                diagnostics.Error(value.Location, Messages.CategoryValueInvalid, value.Value, type.Name());
            }
            else if (!values.TryAdd(parsed, value.Location))
            {
                diagnostics.Error(value.Location, Messages.CategoryDuplicate, value.Value, values[parsed].Line.ToString(CultureInfo.InvariantCulture));
            }

            if (category.Label is not { } label)
            {
                continue;
            }

            if (string.IsNullOrWhiteSpace(label.Value))
            {
                diagnostics.Error(label.Location, Messages.CategoryLabelEmpty, value.Value);
            }
            else if (!labels.TryAdd(label.Value, value.Value))
            {
                diagnostics.Error(label.Location, Messages.CategoryLabelDuplicate, label.Value, labels[label.Value]);
            }
        }

        var categoryValues = field.Categories.Select(c => c.Value.Value).ToList();
        foreach (var value in field.Enum.Where(v => !categoryValues.Contains(v.Value, StringComparer.Ordinal)))
        {
            diagnostics.Error(value.Location, Messages.EnumNotInCategories, value.Value, string.Join(", ", categoryValues));
        }
    }

    // Table Schema allows any name; ours must be usable unquoted in R, pandas and SQL.
    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex FieldName();

    /// <summary>How many letters must be added, removed or changed to turn one name into the other.</summary>
    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
