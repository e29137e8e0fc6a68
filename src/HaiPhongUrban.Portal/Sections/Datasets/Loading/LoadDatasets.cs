using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Kernel.Files;
using HaiPhongUrban.Portal.Sections.Datasets.Content;

namespace HaiPhongUrban.Portal.Sections.Datasets.Loading;

/// <summary>
/// Reads the description of every dataset (<c>content/datasets/&lt;slug&gt;/dataset.yml</c>), in folder
/// name order whatever order the file system lists them in. CSV rows are not read here: they are
/// streamed from disk by the stages that check and publish them.
/// </summary>
public static class LoadDatasets
{
    private static readonly string[] DatasetKeys =
    [
        "title", "description", "publisher", "contact_point", "license", "contains_official_text", "keywords", "themes",
        "issued", "modified", "update_frequency", "temporal", "spatial", "source", "changes", "resources",
    ];

    /// <param name="unreadable">Receives each dataset folder whose dataset.yml is missing or did not load
    /// (its error already given), so that later checks do not also report what it would have held.</param>
    public static IReadOnlyList<RawDataset> Load(string datasetsFolder, DiagnosticBag diagnostics, ICollection<string>? unreadable = null)
    {
        if (!Directory.Exists(datasetsFolder))
        {
            return [];
        }

        var datasets = new List<RawDataset>();
        foreach (var folder in Directory.GetDirectories(datasetsFolder).Order(StringComparer.Ordinal))
        {
            var file = Path.Combine(folder, DatasetsSection.DatasetFile);
            if (!File.Exists(file))
            {
                diagnostics.Error(SourceLocation.StartOf(folder), Messages.DatasetFileMissing, DatasetsSection.DatasetFile);
                unreadable?.Add(folder);
                continue;
            }

            var root = YamlMap.From(ReadYamlFile.Read(file, diagnostics), file, diagnostics, DatasetsSection.DatasetFile);
            if (root is not null)
            {
                datasets.Add(Dataset(root, folder, file));
            }
            else
            {
                unreadable?.Add(folder);
            }
        }

        return datasets;
    }

    private static RawDataset Dataset(YamlMap root, string folder, string file)
    {
        root.AllowOnly(DatasetKeys);
        var temporal = root.Map("temporal", required: false);
        temporal?.AllowOnly("start", "end");
        return new RawDataset(
            new Located<string>(Path.GetFileName(folder), SourceLocation.StartOf(file)),
            folder,
            file,
            root.Text("title", required: true) ?? string.Empty,
            root.Text("description", required: true) ?? string.Empty,
            Agent(root.Map("publisher", required: false)),
            Contact(root.Map("contact_point", required: false)),
            Agent(root.Map("license", required: false)),
            root.Flag("contains_official_text"),
            root.Texts("keywords", required: true),
            root.Texts("themes", required: true),
            root.LocatedDate("issued", required: true),
            root.LocatedDate("modified", required: true),
            root.LocatedText("update_frequency", required: true),
            temporal?.LocatedDate("start", required: false) ?? new Located<DateOnly?>(null, root.Location),
            temporal?.LocatedDate("end", required: false) ?? new Located<DateOnly?>(null, root.Location),
            root.Text("spatial", required: false) ?? string.Empty,
            Agent(root.Map("source", required: false)),
            root.Maps("changes", required: true).Select(Change).ToList(),
            root.Maps("resources", required: true).Select(Resource).ToList());
    }

    private static RawAgent? Agent(YamlMap? map)
    {
        map?.AllowOnly("name", "url");
        return map is null ? null : new RawAgent(map.Text("name", required: true) ?? string.Empty, map.Address("url", required: false));
    }

    private static RawContactPoint? Contact(YamlMap? map)
    {
        map?.AllowOnly("name", "email", "url");
        return map is null
            ? null
            : new RawContactPoint(
                map.Text("name", required: false) ?? string.Empty,
                map.Text("email", required: false) ?? string.Empty,
                map.Address("url", required: false));
    }

    private static RawChange Change(YamlMap map)
    {
        map.AllowOnly("date", "note");
        return new RawChange(map.LocatedDate("date", required: true), map.Text("note", required: true) ?? string.Empty);
    }

    private static RawResource Resource(YamlMap map)
    {
        map.AllowOnly("name", "title", "description", "path", "generated_from", "schema");
        // Whether a resource needs a schema depends on what generated_from: names (a table does, a file
        // does not), which only validation knows: it reports a missing or unwanted schema.
        var schema = map.Map("schema", required: false);
        return new RawResource(
            map.LocatedText("name", required: true),
            map.Text("title", required: true) ?? string.Empty,
            map.Text("description", required: false) ?? string.Empty,
            map.Has("path") ? map.LocatedText("path", required: true) : null,
            map.Has("generated_from") ? map.LocatedText("generated_from", required: true) : null,
            schema is null ? new RawTableSchema([], [], [], map.Location) : Schema(schema),
            map.Location,
            map.Has("schema") ? map.LocationOf("schema") : null);
    }

    private static RawTableSchema Schema(YamlMap map)
    {
        map.AllowOnly("fields", "primary_key", "foreign_keys");
        return new RawTableSchema(
            map.Maps("fields", required: true).Select(Field).ToList(),
            map.OneOrMore("primary_key"),
            map.Maps("foreign_keys", required: false).Select(ForeignKey).ToList(),
            map.Location);
    }

    private static RawField Field(YamlMap map)
    {
        map.AllowOnly("name", "title", "type", "description", "required", "unique", "enum", "categories", "format");
        return new RawField(
            map.LocatedText("name", required: true),
            map.Text("title", required: true) ?? string.Empty,
            map.LocatedText("type", required: true),
            map.Text("description", required: true) ?? string.Empty,
            map.Flag("required"),
            map.Flag("unique"),
            map.Texts("enum"),
            map.LocatedText("format", required: false))
        {
            Categories = map.TextsOrMaps("categories").Select(Category).ToList(),
            CategoriesKey = map.Has("categories") ? map.LocationOf("categories") : null,
        };
    }

    /// <summary>A category written as its value alone, or as a mapping with its value and label.</summary>
    private static RawCategory Category(YamlItem item)
    {
        if (item.Text is { } value)
        {
            return new RawCategory(value, null);
        }

        var map = item.Map!;
        map.AllowOnly("value", "label");
        return new RawCategory(map.LocatedText("value", required: true), map.Has("label") ? map.LocatedText("label", required: false) : null);
    }

    private static RawForeignKey ForeignKey(YamlMap map)
    {
        map.AllowOnly("field", "reference");
        var reference = map.Map("reference", required: true);
        reference?.AllowOnly("resource", "field");
        var missing = new Located<string>(string.Empty, map.Location);
        return new RawForeignKey(
            map.LocatedText("field", required: true),
            reference?.LocatedText("resource", required: true) ?? missing,
            reference?.LocatedText("field", required: true) ?? missing);
    }
}
