using HaiPhongUrban.Portal.Kernel.Tables;
using HaiPhongUrban.Portal.Sections.Datasets.Content;

namespace HaiPhongUrban.Portal.Sections.Datasets.Model;

/// <summary>Turns a checked schema as written in dataset.yml into the model's <see cref="TableSchema"/>.</summary>
public static class TableSchemas
{
    public static TableSchema From(RawTableSchema raw)
    {
        var primaryKey = raw.PrimaryKey.Select(k => k.Value).ToList();
        return new TableSchema(
            raw.Fields
                .Select(f => new TableField(
                    f.Name.Value,
                    f.Title,
                    FieldTypes.ByName[f.Type.Value],
                    f.Description,

                    // A one-column primary key is required and unique by definition (Table Schema).
                    f.Required || primaryKey.Contains(f.Name.Value),
                    f.Unique || (primaryKey.Count == 1 && primaryKey[0] == f.Name.Value),
                    f.Enum.Select(e => e.Value).ToList(),
                    f.Format?.Value ?? string.Empty)
                {
                    Categories = f.Categories.Select(c => new FieldCategory(c.Value.Value, c.Label?.Value ?? string.Empty)).ToList(),
                })
                .ToList(),
            primaryKey,
            raw.ForeignKeys.Select(k => new ForeignKey(k.Field.Value, k.Resource.Value, k.ReferencedField.Value)).ToList());
    }
}
