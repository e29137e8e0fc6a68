using HaiPhongUrban.Portal.Kernel.Text;
using HaiPhongUrban.Portal.Kernel.Tables;
using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Kernel.Files;
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
    /// <param name="allTablesKnown">False when a dataset.yml could not be read (its error given): a table not
    /// found may be in it, so a foreign key to it is not reported as pointing nowhere.</param>
    /// <param name="readByName">Columns another section reads by name (the tracker's): names known to be right.</param>
    /// <param name="csvHeader">The names in the CSV file's header row and where each is, null when there is no file or it cannot be read.</param>
    public static bool Run(
        RawTableSchema schema, IReadOnlyDictionary<string, RawTableSchema> schemasByResource, IReadOnlySet<string> files, DiagnosticBag diagnostics,
        bool allTablesKnown = true, IReadOnlyList<Located<string>>? csvHeader = null, IReadOnlyList<string>? readByName = null)
    {
        var header = csvHeader?.Select(h => h.Value).ToList();
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

        // A typo in one field's name: every reference to the right name would be "no column", the CSV
        // header "not the declared columns" and the tracker "needs a column", all far from the typo. A
        // field the CSV header names otherwise, at the same place, is one mistake, reported once at the
        // field with the header's place, and the name the header gives is known from then on. When the
        // declared name is the one primary_key or foreign_keys use, the header is the one mistaken: the
        // header check reports it at its column. (When the header has more or fewer columns, the header
        // check says so instead.) A column another section reads by name counts as named in this file.
        var namedElsewhere = schema.PrimaryKey.Select(k => k.Value).Concat(schema.ForeignKeys.Select(f => f.Field.Value)).Where(n => n.Length > 0).ToHashSet(StringComparer.Ordinal);
        var rightNames = namedElsewhere.Concat(readByName ?? []).ToHashSet(StringComparer.Ordinal);
        var typos = new HashSet<string>(StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        if (csvHeader is not null && header!.Count == schema.Fields.Count)
        {
            for (var i = 0; i < header.Count; i++)
            {
                var field = schema.Fields[i].Name.Value;
                if (field.Length > 0 && field != header[i] && !names.Contains(header[i]) && !header.Contains(field, StringComparer.Ordinal)
                    && !(rightNames.Contains(field) && !rightNames.Contains(header[i])))
                {
                    diagnostics.Error(schema.Fields[i].Name.Location, csvHeader[i].Location, Messages.FieldNameNotInHeader, field, header[i]);
                    typos.Add(header[i]);
                    reported.Add(field);
                }
            }
        }

        // Without a header to go by, a declared field that nothing names, a letter or two from a name that
        // is referenced but not declared, is taken for the typo. A field the header names is right as it is:
        // the reference is then the typo, and is reported with the name it was probably meant to be.
        foreach (var wanted in namedElsewhere.Where(n => !names.Contains(n) && !typos.Contains(n)).Order(StringComparer.Ordinal))
        {
            var near = schema.Fields
                .Where(f => f.Name.Value.Length > 0 && !namedElsewhere.Contains(f.Name.Value) && !reported.Contains(f.Name.Value)
                    && (header is null || !header.Contains(f.Name.Value, StringComparer.Ordinal)) && EditDistance.Between(f.Name.Value, wanted) <= 2)
                .ToList();
            if (near.Count == 1)
            {
                diagnostics.Error(near[0].Name.Location, Messages.FieldNameTypo, near[0].Name.Value, wanted);
                typos.Add(wanted);
            }
        }

        var declared = names.ToList();
        foreach (var key in schema.PrimaryKey.Where(k => !names.Contains(k.Value) && !typos.Contains(k.Value)))
        {
            UnknownName(key, declared, Messages.SchemaFieldUnknown, Messages.SchemaFieldUnknownNear, diagnostics);
        }

        foreach (var foreignKey in schema.ForeignKeys)
        {
            if (foreignKey.Field.Value.Length > 0 && !names.Contains(foreignKey.Field.Value) && !typos.Contains(foreignKey.Field.Value))
            {
                UnknownName(foreignKey.Field, declared, Messages.SchemaFieldUnknown, Messages.SchemaFieldUnknownNear, diagnostics);
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
                if (allTablesKnown)
                {
                    UnknownName(foreignKey.Resource, schemasByResource.Keys.ToList(), Messages.ResourceUnknown, Messages.ResourceUnknownNear, diagnostics);
                }

                continue;
            }

            var referenced = target.Fields.FirstOrDefault(f => f.Name.Value == foreignKey.ReferencedField.Value);
            if (referenced is null)
            {
                UnknownName(foreignKey.ReferencedField, target.Fields.Select(f => f.Name.Value).ToList(), Messages.SchemaFieldUnknown, Messages.SchemaFieldUnknownNear, diagnostics);
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

    /// <summary>A name that names nothing, with the one it was most likely meant to be when one is a letter or two away.</summary>
    private static void UnknownName(Located<string> name, IReadOnlyList<string> candidates, Message unknown, Message unknownNear, DiagnosticBag diagnostics)
    {
        if (Nearest(name.Value, candidates) is { } meant)
        {
            diagnostics.Error(name.Location, unknownNear, name.Value, meant);
        }
        else
        {
            diagnostics.Error(name.Location, unknown, name.Value);
        }
    }

    /// <summary>
    /// The one candidate at the least distance from <paramref name="name"/>, when that is at most two letters
    /// (and less than the name's length, so that "x" is not taken for "id"); null when none or two are that close.
    /// </summary>
    private static string? Nearest(string name, IReadOnlyList<string> candidates)
    {
        var scored = candidates.Where(c => c.Length > 0).Select(c => (Candidate: c, Distance: EditDistance.Between(c, name)))
            .Where(c => c.Distance <= 2 && c.Distance < name.Length).ToList();
        if (scored.Count == 0)
        {
            return null;
        }

        var best = scored.Min(c => c.Distance);
        var nearest = scored.Where(c => c.Distance == best).ToList();
        return nearest.Count == 1 ? nearest[0].Candidate : null;
    }
}
