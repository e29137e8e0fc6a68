using HaiPhongUrban.Portal.Kernel.Urls;
using HaiPhongUrban.Portal.Kernel.Tables;
using HaiPhongUrban.Portal.Sections.Datasets.Content;
using HaiPhongUrban.Portal.Sections.Datasets.Loading;
using HaiPhongUrban.Portal.Sections.Datasets.Model;
using HaiPhongUrban.Portal.Sections.Datasets.Pages;
using HaiPhongUrban.Portal.Sections.Datasets.Publishing;
using HaiPhongUrban.Portal.Sections.Datasets.Validation;
using HaiPhongUrban.Portal.Sections.Topics.Content;
using HaiPhongUrban.Portal.Sections.Topics.Model;
using HaiPhongUrban.Portal.Sections.Views;
using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Model;

namespace HaiPhongUrban.Portal.Sections.Datasets;

/// <summary>
/// The open data (<c>content/datasets/&lt;slug&gt;/</c>, <c>/du-lieu/</c>): each dataset's description and
/// column schema with its CSV files or a table another section draws from its content; every download
/// (CSV for scripts and for Excel, JSON, XLSX), Table Schema and catalogue (data.json, DCAT-AP,
/// datapackage.json, a SHA256SUMS per dataset); the catalogue pages, filtered by theme and keyword, and one page per dataset.
/// </summary>
public sealed class DatasetsSection : ISection
{
    /// <summary>One folder per dataset, named by its slug, holding <see cref="DatasetFile"/> and its CSV files.</summary>
    public const string Folder = "datasets";
    public const string DatasetFile = "dataset.yml";

    public const string PanelName = "datasets";
    public const string SearchKind = "dataset";

    public SectionClaims Claims { get; } = new(
        "datasets",
        ReservedSegments: [DatasetRoutes.Segment],
        Layouts: ["datasets", "dataset"],
        StringPrefixes: ["datasets"],
        RequiredStrings:
        [
            "datasets.lead", "meta.datasets_by_date", "meta.datasets_theme", "meta.datasets_keyword",
            .. FieldTypes.ByName.Keys.Select(t => "datasets.types." + t),
            .. UpdateFrequencies.ByName.Keys.Select(f => "datasets.frequencies." + f),
            .. DownloadFormats.All.SelectMany(f => new[] { "datasets.formats." + f.ThemeKey(), "datasets.format_help." + f.ThemeKey() }),
        ],
        Menu: [new MenuEntry("datasets", DatasetRoutes.Datasets, 50)],
        Panels: [new PanelClaim(PanelName, "search", new LinkView(string.Empty, string.Empty))],
        SearchKinds: [SearchKind]);

    public RawContent Load(RawContent content, DiagnosticBag diagnostics)
    {
        var folder = ContentFiles.PathOf(content.ContentDirectory, Folder);
        var unreadable = new List<string>();
        var datasets = LoadDatasets.Load(folder, diagnostics, unreadable);
        return content.With(new RawDatasets(folder, datasets) { Unreadable = unreadable });
    }

    public void Validate(ValidateContext context) =>
        ValidateDatasets.Run(
            context.Content.Get<RawDatasets>().Datasets,
            context.Content.Topics.Select(t => t.Id.Value).ToHashSet(StringComparer.Ordinal),
            context.Content.Tables,
            context.Content.Files,
            context.Diagnostics,
            PublishedUrlList.Read(PublishedUrlList.Beside(context.Content.ContentDirectory)).ToHashSet(StringComparer.Ordinal),
            allRead: context.Content.Get<RawDatasets>().Unreadable.Count == 0,
            columnsRead: context.Content.ColumnsRead,
            postponed: context.Postponed);

    /// <summary>
    /// Errors in a dataset's files leave the rest of the site modelled, so the references between tables
    /// (many point into tables drawn from the Conclusion) are checked in the same run. A dataset whose
    /// dataset.yml has an error is left out; its CSV files were checked already.
    /// </summary>
    public (RawContent Content, IReadOnlyList<Diagnostic> PutAside)? WithoutBroken(RawContent content, IReadOnlyList<Diagnostic> errors)
    {
        var raw = content.Get<RawDatasets>();
        var inside = raw.Folder + Path.DirectorySeparatorChar;
        var own = errors.Where(e => e.Location.FilePath.StartsWith(inside, StringComparison.Ordinal)).ToList();
        var broken = own
            .Where(e => Path.GetFileName(e.Location.FilePath) == DatasetFile)
            .Select(e => Path.GetFileName(Path.GetDirectoryName(e.Location.FilePath)!))
            .ToHashSet(StringComparer.Ordinal);
        var usable = raw.Datasets.Where(d => !broken.Contains(d.Slug.Value)).ToList();
        return (content.With(raw with { Datasets = usable }), own);
    }

    public Site Model(RawContent content, Site site)
    {
        var raw = content.Get<RawDatasets>();
        return site.With(new DatasetsPart(BuildDatasets.Run(raw.Datasets, site, content.Tables, content.Files), raw.Folder));
    }

    /// <summary>Tables drawn from other sections against their declared schema, and every foreign key of every table.</summary>
    public void CheckModel(RawContent content, Site site, DiagnosticBag diagnostics) =>
        CheckDataTables.Run(content.Get<RawDatasets>().Datasets, site.Datasets, diagnostics);

    public IEnumerable<SearchEntry> SearchEntries(Site site, SearchWords words) => site.Datasets.Select(d => new SearchEntry(
        SearchKind,
        string.Empty,
        d.Title,
        // Keywords, not themes: a theme is shared by many datasets, so it would lift all of them
        // above the paragraphs that actually discuss the words (the theme pages list them).
        string.Join(", ", d.Keywords),
        d.Description,
        DatasetRoutes.Dataset(d.Slug)));

    /// <summary>
    /// Every download, schema and catalogue, hashed as it is written, so that the pages planned next show
    /// the sizes and checksums of the published bytes.
    /// </summary>
    public Site Publish(Site site, PublishContext context)
    {
        var catalogueContext = CatalogueContext.From(site.Settings, context.ContentStrings);
        var published = PublishDatasets.Run(site.Datasets, site, catalogueContext, context.Sink, context.Postponed, context.Cache);
        PublishDatasets.WriteCatalogues(published, catalogueContext, context);

        return site.With(new PublishedDatasets(published));
    }

    public IEnumerable<PageDate> PageDates(Site site) => site.Datasets.Select(d => new PageDate(DatasetRoutes.Dataset(d.Slug), d.Modified));

    public IEnumerable<PageToRender> PlanPages(PlanContext context) => new PlanDatasetPages(context).Run();

    public IEnumerable<PagePanel> PlanPanels(PlanContext context, IReadOnlyList<PageToRender> pages) =>
        [new PagePanel(SitePage.Search, PanelName, new LinkView(string.Empty, DatasetRoutes.Datasets))];

    /// <summary>
    /// A dataset's files show on its page and on every catalogue page that lists it (its title, date and
    /// row count), and, through foreign keys, on the pages of the datasets whose tables point into it. A file
    /// of no dataset's folder (a Markdown page) shows on none of them.
    /// </summary>
    public IEnumerable<string> PagesShowing(string contentFile, IReadOnlyList<PageToRender> pages)
    {
        var datasetPages = pages.Where(p => p.Url.StartsWith(DatasetRoutes.Datasets, StringComparison.Ordinal)).ToList();
        var inDataset = datasetPages.Any(p => Path.GetDirectoryName(p.SourcePath) is { } folder
            && Path.GetFileName(Path.GetDirectoryName(folder)) == Folder
            && contentFile.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal));
        return inDataset ? datasetPages.Select(p => p.Url) : [];
    }
}
