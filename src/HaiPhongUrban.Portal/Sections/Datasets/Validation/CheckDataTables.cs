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

        // The values each referenced column holds, read once per column however many keys point at it.
        // A key into a dataset left out of this run (its dataset.yml has errors) cannot be checked yet.
        bool Checkable(ForeignKey key) => resources.ContainsKey(key.ReferencedResource);
        var targets = resources.Values
            .SelectMany(r => r.Schema.ForeignKeys)
            .Where(Checkable)
            .Select(k => (k.ReferencedResource, k.ReferencedField))
            .Distinct()
            .ToDictionary(t => t, t => Values(resources[t.ReferencedResource], t.ReferencedField));

        foreach (var resource in resources.Values)
        {
            foreach (var key in resource.Schema.ForeignKeys.Where(Checkable))
            {
                var allowed = targets[(key.ReferencedResource, key.ReferencedField)];
                var index = IndexOf(resource.Schema, key.Field);
                var fields = declared[resource.Name].Schema.Fields;
                foreach (var record in Records(resource).Where(r => r.Cells.Count == resource.Schema.Fields.Count))
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

    private static HashSet<string> Values(DataResource resource, string field)
    {
        var index = IndexOf(resource.Schema, field);
        return Records(resource).Where(r => r.Cells.Count > index).Select(r => r.Cells[index]).ToHashSet(StringComparer.Ordinal);
    }

    private static int IndexOf(TableSchema schema, string field) => schema.Fields.ToList().FindIndex(f => f.Name == field);
}
