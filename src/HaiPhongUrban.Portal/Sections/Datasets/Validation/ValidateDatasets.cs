using HaiPhongUrban.Portal.Kernel.Tables;
using System.Text;
using HaiPhongUrban.Portal.Kernel.Urls;
using HaiPhongUrban.Portal.Sections.Datasets.Model;
using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Kernel.Files;
using HaiPhongUrban.Portal.Model;
using HaiPhongUrban.Portal.Sections.Datasets.Content;

namespace HaiPhongUrban.Portal.Sections.Datasets.Validation;

/// <summary>
/// Checks every dataset description: slugs, themes, dates, vocabularies, each resource's source and
/// schema, and references between resources. Then reads every CSV file once and checks each of its
/// cells (<see cref="CheckCsvFile"/>). References into tables drawn from the Conclusion are checked
/// later, once those tables exist (<see cref="CheckDataTables"/>).
/// </summary>
public static class ValidateDatasets
{
    /// <summary>Second path segments of <c>/du-lieu/</c> that the catalogue's own pages use.</summary>
    public static readonly IReadOnlySet<string> ReservedSlugs = new HashSet<string>(StringComparer.Ordinal) { "moi-nhat", "chu-de", "tu-khoa" };

    /// <param name="tables">The tables other sections draw from their content, which <c>generated_from:</c> may name.</param>
    /// <param name="files">The files other sections make from their content, which <c>generated_from:</c> may name too.</param>
    /// <param name="published">The addresses of published-urls.txt (none without it): which datasets are published already.</param>
    /// <param name="allRead">False when a dataset.yml could not be read: a table a foreign key names may be in it.</param>
    /// <param name="columnsRead">The columns other sections read by name from a table: names that are right.</param>
    /// <param name="postponed">
    /// Where the cell checks of a large CSV file wait for the read that publishes it (a build's); null to check
    /// every file now.
    /// </param>
    public static void Run(
        IReadOnlyList<RawDataset> datasets, IReadOnlySet<string> topics, IReadOnlyList<TableSource> tables, IReadOnlyList<FileSource> files, DiagnosticBag diagnostics,
        IReadOnlySet<string>? published = null, bool allRead = true, IReadOnlyList<ColumnsRead>? columnsRead = null, PostponedChecks? postponed = null)
    {
        var slugs = new UniqueIds(diagnostics);
        foreach (var dataset in datasets)
        {
            slugs.Add(dataset.Slug.Value, dataset.Slug.Location);
            if (ReservedSlugs.Contains(dataset.Slug.Value))
            {
                diagnostics.Error(dataset.Slug.Location, Messages.DatasetSlugReserved, dataset.Slug.Value);
            }

            // Each keyword has its page, /du-lieu/tu-khoa/<slug>/: a keyword with no letter or digit would have
            // an empty segment. Refused rather than given a made-up slug, since URLs never change once published.
            foreach (var keyword in dataset.Keywords.Where(k => !Slug.CanName(k.Value)))
            {
                diagnostics.Error(keyword.Location, Messages.SlugEmpty, keyword.Value, "keywords");
            }

            foreach (var theme in dataset.Themes.Where(t => !topics.Contains(t.Value)))
            {
                diagnostics.Error(theme.Location, Messages.ThemeUnknown, theme.Value);
            }

            CheckDates(dataset, diagnostics);
            foreach (var resource in dataset.Resources)
            {
                // Duplicates are blamed below, on the table that is not published yet.
                if (resource.Name.Value.Length > 0 && !Slug.IsValid(resource.Name.Value))
                {
                    diagnostics.Error(resource.Name.Location, Messages.IdInvalid, resource.Name.Value);
                }
            }
        }

        BlameDuplicateNames(datasets, published ?? new HashSet<string>(), diagnostics);

        // A file has no columns, so no foreign key may point at one: only tables are targets.
        bool IsFile(RawResource r) => r.GeneratedFrom is { } g && !tables.Any(t => t.Name == g.Value) && files.Any(f => f.Name == g.Value);
        var schemas = datasets
            .SelectMany(d => d.Resources)
            .Where(r => !IsFile(r))
            .GroupBy(r => r.Name.Value, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Schema, StringComparer.Ordinal);
        var fileResources = datasets.SelectMany(d => d.Resources).Where(IsFile).Select(r => r.Name.Value).ToHashSet(StringComparer.Ordinal);

        // A large table's cells may wait for the read that publishes it only if nothing reads its rows before
        // then: another section's model (the tracker) or the foreign-key check, from either end of a key. And
        // only a file one resource names: the one check postponed for it is that resource's schema's.
        var readBeforePublishing = (columnsRead ?? []).Select(c => c.Resource)
            .Concat(datasets.SelectMany(d => d.Resources).Where(r => r.Schema.ForeignKeys.Count > 0).Select(r => r.Name.Value))
            .Concat(datasets.SelectMany(d => d.Resources).SelectMany(r => r.Schema.ForeignKeys).Select(k => k.Resource.Value))
            .ToHashSet(StringComparer.Ordinal);
        var csvResources = datasets
            .SelectMany(d => d.Resources.Where(r => r.Path is not null).Select(r => Path.GetFullPath(Path.Combine(d.FolderPath, r.Path!.Value))))
            .CountBy(path => path)
            .ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);
        foreach (var dataset in datasets)
        {
            foreach (var resource in dataset.Resources)
            {
                if (IsFile(resource))
                {
                    CheckFile(resource, diagnostics);
                    continue;
                }

                // A name no section generates is reported once, by CheckSource: whether the resource
                // needs a schema is not known then.
                var unknown = resource.GeneratedFrom is { } g && !tables.Any(t => t.Name == g.Value);
                if (resource.SchemaKey is null && !unknown)
                {
                    diagnostics.Error(resource.Location, Messages.FieldMissing, "schema");
                }

                var csv = CheckSource(dataset, resource, tables, files, diagnostics);
                var schemaValid = ValidateSchema.Run(resource.Schema, schemas, fileResources, diagnostics, allRead, HeaderOf(csv),
                    (columnsRead ?? []).Where(c => c.Resource == resource.Name.Value).SelectMany(c => c.Columns).ToList());
                if (schemaValid && csv is not null && postponed is not null && !readBeforePublishing.Contains(resource.Name.Value)
                    && csvResources.GetValueOrDefault(csv) == 1 && new FileInfo(csv).Length >= CheckCsvFile.SharedReadFromBytes)
                {
                    postponed.Add(csv, new CheckCsvFile.CsvFileCheck(csv, TableSchemas.From(resource.Schema), diagnostics));
                }
                else if (schemaValid && csv is not null)
                {
                    CheckCsvFile.Run(csv, TableSchemas.From(resource.Schema), diagnostics);
                }
            }
        }
    }

    private static void CheckDates(RawDataset dataset, DiagnosticBag diagnostics)
    {
        if (!UpdateFrequencies.ByName.ContainsKey(dataset.Frequency.Value) && dataset.Frequency.Value.Length > 0)
        {
            diagnostics.Error(dataset.Frequency.Location, Messages.FrequencyUnknown, dataset.Frequency.Value, string.Join(", ", UpdateFrequencies.ByName.Keys));
        }

        InOrder(dataset.Issued, "issued", dataset.Modified, "modified", diagnostics);
        InOrder(dataset.TemporalStart, "temporal.start", dataset.TemporalEnd, "temporal.end", diagnostics);

        // The change log explains every modification, so its newest entry cannot postdate 'modified'.
        foreach (var change in dataset.Changes)
        {
            InOrder(change.Date, "changes.date", dataset.Modified, "modified", diagnostics);
        }
    }

    private static void InOrder(Located<DateOnly?> first, string firstName, Located<DateOnly?> second, string secondName, DiagnosticBag diagnostics)
    {
        if (first.Value is { } a && second.Value is { } b && b < a)
        {
            diagnostics.Error(second.Location, Messages.DatesOutOfOrder, secondName, Iso(b), firstName, Iso(a));
        }
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A generated file is published as it is: it has neither a schema nor a CSV file of its own.</summary>
    private static void CheckFile(RawResource resource, DiagnosticBag diagnostics)
    {
        if (resource.Path is not null)
        {
            diagnostics.Error(resource.Location, Messages.ResourceSource, resource.Name.Value);
        }

        if (resource.SchemaKey is { } schema)
        {
            diagnostics.Error(schema, Messages.GeneratedFileSchema, resource.GeneratedFrom!.Value);
        }
    }

    /// <summary>
    /// The names of a CSV file's header row, for the schema check to tell a typo in dataset.yml from one in
    /// the file; null when the file cannot be read, which <see cref="CheckCsvFile"/> reports.
    /// </summary>
    private static IReadOnlyList<Located<string>>? HeaderOf(string? csv)
    {
        if (csv is null || CsvTable.StartsLikeUtf16(csv))
        {
            return null;
        }

        try
        {
            return CsvTable.Read(csv).FirstOrDefault() is { } header
                ? header.Cells.Select((name, i) => new Located<string>(name, new SourceLocation(csv, header.Lines[i], header.Columns[i]))).ToList()
                : null;
        }
        catch (Exception e) when (e is DecoderFallbackException or CsvHelper.CsvFormatException or IOException)
        {
            return null;
        }
    }

    /// <summary>The CSV file to check, when the resource names one that exists inside its dataset's folder.</summary>
    private static string? CheckSource(RawDataset dataset, RawResource resource, IReadOnlyList<TableSource> tables, IReadOnlyList<FileSource> files, DiagnosticBag diagnostics)
    {
        if ((resource.Path is null) == (resource.GeneratedFrom is null))
        {
            diagnostics.Error(resource.Location, Messages.ResourceSource, resource.Name.Value);
            return null;
        }

        if (resource.GeneratedFrom is { } generated)
        {
            if (tables.FirstOrDefault(t => t.Name == generated.Value) is not { } table)
            {
                diagnostics.Error(generated.Location, Messages.GeneratedUnknown, generated.Value, string.Join(", ", tables.Select(t => t.Name).Concat(files.Select(f => f.Name))));
            }
            else if (!resource.Schema.Fields.Select(f => f.Name.Value).SequenceEqual(table.Columns, StringComparer.Ordinal))
            {
                diagnostics.Error(resource.Schema.Location, Messages.GeneratedColumns, generated.Value, string.Join(", ", table.Columns));
            }

            return null;
        }

        var path = resource.Path!;
        var folder = Path.GetFullPath(dataset.FolderPath) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(Path.Combine(dataset.FolderPath, path.Value));

        // Only a plain file beside dataset.yml: a path into another folder (or a link out of content/)
        // would publish whatever it points at.
        if (!full.StartsWith(folder, StringComparison.Ordinal) || full[folder.Length..].Contains(Path.DirectorySeparatorChar)
            || !FilesNamed.HasExtension(full, ".csv"))
        {
            diagnostics.Error(path.Location, Messages.ResourcePathOutside, path.Value);
            return null;
        }

        if (!File.Exists(full))
        {
            diagnostics.Error(path.Location, Messages.ResourceFileMissing, path.Value);
            return null;
        }

        if (new FileInfo(full).LinkTarget is not null)
        {
            diagnostics.Error(path.Location, Messages.ResourcePathOutside, path.Value);
            return null;
        }

        return full;
    }

    /// <summary>
    /// A table's name is the name of its downloads (/du-lieu/&lt;slug&gt;/&lt;name&gt;.csv…), which live for good once
    /// published: of two tables with one name, the one to rename is the new one, in a dataset whose page
    /// published-urls.txt does not list yet; when both or neither are listed, the later in folder order.
    /// </summary>
    private static void BlameDuplicateNames(IReadOnlyList<RawDataset> datasets, IReadOnlySet<string> published, DiagnosticBag diagnostics)
    {
        bool Published(RawDataset d) => published.Contains(DatasetRoutes.Dataset(d.Slug.Value));
        var named = datasets.SelectMany(d => d.Resources.Select(r => (Dataset: d, Resource: r)))
            .Where(x => x.Resource.Name.Value.Length > 0 && Slug.IsValid(x.Resource.Name.Value));
        foreach (var group in named.GroupBy(x => x.Resource.Name.Value, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            // Published tables first, each group in folder order: the first keeps the name.
            var ordered = group.OrderBy(x => Published(x.Dataset) ? 0 : 1).ToList();
            var keeper = ordered[0];
            foreach (var (dataset, resource) in ordered.Skip(1))
            {
                var becausePublished = Published(keeper.Dataset) && !Published(dataset);
                diagnostics.Error(resource.Name.Location, keeper.Resource.Name.Location,
                    becausePublished ? Messages.TableNamePublished : Messages.TableNameDuplicate, resource.Name.Value);
            }
        }
    }
}
