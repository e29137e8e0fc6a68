using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Kernel.Tables;
using HaiPhongUrban.Portal.Sections.Datasets.Content;
using HaiPhongUrban.Portal.Sections.Datasets.Model;

namespace HaiPhongUrban.Portal.Sections.Datasets.Validation;

/// <summary>
/// The checks that need the model: tables drawn from the Conclusion against their declared schema,
/// and every foreign key of every table (a reference may point into a generated table, which exists
/// only once the Conclusion is modelled). Runs after the model stage and before anything is written.
/// </summary>
public static class CheckDataTables
{
    public static void Run(IReadOnlyList<RawDataset> raw, IReadOnlyList<Dataset> datasets, DiagnosticBag diagnostics)
    {
        var declared = raw.SelectMany(d => d.Resources).ToDictionary(r => r.Name.Value, StringComparer.Ordinal);
        var resources = datasets.SelectMany(d => d.Resources).ToDictionary(r => r.Name, StringComparer.Ordinal);

        foreach (var resource in resources.Values.Where(r => r.Rows is InMemoryRows))
        {
            var fields = declared[resource.Name].Schema.Fields;
            CheckTableCells.Run(resource.Schema, Records(resource), (_, i) => fields[i].Name.Location, diagnostics);
        }

        // The values each referenced column holds: one read of each referenced table for all of its referenced
        // columns, however many keys point at them. A key into a dataset left out of this run (its dataset.yml
        // has errors) cannot be checked yet.
        bool Checkable(ForeignKey key) => resources.ContainsKey(key.ReferencedResource);
        var targets = resources.Values
            .SelectMany(r => r.Schema.ForeignKeys)
            .Where(Checkable)
            .GroupBy(k => k.ReferencedResource, StringComparer.Ordinal)
            .SelectMany(g => Values(resources[g.Key], g.Select(k => k.ReferencedField).Distinct(StringComparer.Ordinal).ToList()))
            .ToDictionary(t => t.Key, t => t.Values);

        // Then one read of each table with keys, checking all of its keys row by row.
        foreach (var resource in resources.Values)
        {
            var keys = resource.Schema.ForeignKeys.Where(Checkable)
                .Select(key => (Key: key, Index: IndexOf(resource.Schema, key.Field), Allowed: targets[(key.ReferencedResource, key.ReferencedField)]))
                .ToList();
            if (keys.Count == 0)
            {
                continue;
            }

            var fields = declared[resource.Name].Schema.Fields;
            foreach (var record in Records(resource).Where(r => r.Cells.Count == resource.Schema.Fields.Count))
            {
                foreach (var (key, index, allowed) in keys)
                {
                    var value = record.Cells[index];
                    if (value.Length > 0 && !allowed.Contains(value))
                    {
                        var location = record.Line > 0 && resource.Rows is CsvFileRows csv
                            ? new SourceLocation(csv.Path, record.Lines[index], record.Columns[index])
                            : fields[index].Name.Location;
                        diagnostics.Error(location, Messages.CsvForeignKey, key.Field, CheckTableCells.Shown(value), key.ReferencedResource, key.ReferencedField);
                    }
                }
            }
        }
    }

    /// <summary>The rows as records with cell columns: read from the file for CSV (for exact columns), as generated otherwise.</summary>
    private static IEnumerable<CsvRecord> Records(DataResource resource) => resource.Rows is CsvFileRows csv
        ? CsvTable.Read(csv.Path).Skip(1)
        : resource.Rows.Read().Select(r => new CsvRecord(r.Line, r.Cells, r.Cells.Select(_ => 1).ToList()));

    /// <summary>The values of each of <paramref name="fields"/> in <paramref name="resource"/>, from one read of its rows.</summary>
    private static IEnumerable<((string Resource, string Field) Key, HashSet<string> Values)> Values(DataResource resource, IReadOnlyList<string> fields)
    {
        var indexes = fields.Select(f => IndexOf(resource.Schema, f)).ToList();
        var values = fields.Select(_ => new HashSet<string>(StringComparer.Ordinal)).ToList();
        foreach (var record in Records(resource))
        {
            for (var i = 0; i < indexes.Count; i++)
            {
                if (record.Cells.Count > indexes[i])
                {
                    values[i].Add(record.Cells[indexes[i]]);
                }
            }
        }

        return fields.Select((field, i) => ((resource.Name, field), values[i]));
    }

    private static int IndexOf(TableSchema schema, string field) => schema.Fields.ToList().FindIndex(f => f.Name == field);
}
