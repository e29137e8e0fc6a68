using HaiPhongUrban.Portal.Kernel.Downloads;
using HaiPhongUrban.Portal.Kernel.Text;
using HaiPhongUrban.Portal.Kernel.Urls;
using HaiPhongUrban.Portal.Sections.Topics.Content;
using HaiPhongUrban.Portal.Sections.Topics.Model;
using HaiPhongUrban.Portal.Kernel.Tables;
using HaiPhongUrban.Portal.Model;
using HaiPhongUrban.Portal.Sections.Datasets.Model;
using HaiPhongUrban.Portal.Sections.Datasets.Views;
using HaiPhongUrban.Portal.Sections.Views;
using System.Globalization;
using System.Text;

namespace HaiPhongUrban.Portal.Sections.Datasets.Pages;

/// <summary>
/// The data pages: one per dataset, and the catalogue pre-rendered once per sort order, theme and
/// keyword, so that filtering and sorting are plain links that work without JavaScript.
/// </summary>
public sealed class PlanDatasetPages(PlanContext context)
{
    private static readonly NavItemView HomeCrumb = PlanContext.HomeCrumb;
    private readonly Site site = context.Site;
    private readonly IReadOnlyList<PublishedDataset> published = context.Site.PublishedDatasets;
    private static readonly NavItemView DataCrumb = new("datasets", DatasetRoutes.Datasets);

    private string Language => site.Settings.Language;

    /// <summary>The catalogue pages come from every dataset.yml at once; their link errors are reported at the datasets folder.</summary>
    private string CataloguePath => site.Get<DatasetsPart>().Folder;

    public IEnumerable<PageToRender> Run()
    {
        if (published.Count == 0)
        {
            yield break;
        }

        yield return Catalogue(DatasetRoutes.Datasets, "title", string.Empty, string.Empty, published);
        yield return Catalogue(DatasetRoutes.DatasetsByDate, "date", string.Empty, string.Empty, published);
        foreach (var topic in site.Topics.Where(t => published.Any(d => HasTheme(d, t.Id))))
        {
            yield return Catalogue(DatasetRoutes.DatasetsByTheme(topic.Id), "title", "theme", topic.Name, published.Where(d => HasTheme(d, topic.Id)).ToList());
        }

        foreach (var keyword in Keywords())
        {
            yield return Catalogue(DatasetRoutes.DatasetsByKeyword(keyword), "title", "keyword", keyword, published.Where(d => HasKeyword(d, keyword)).ToList());
        }

        foreach (var dataset in published)
        {
            yield return DatasetPage(dataset);
        }
    }

    private static bool HasTheme(PublishedDataset d, string topicId) => d.Dataset.Themes.Any(t => t.Id == topicId);

    /// <summary>Keywords are the same when their URLs are ("Kết luận" and "kết luận" share one page).</summary>
    private static bool HasKeyword(PublishedDataset d, string keyword) => d.Dataset.Keywords.Any(k => Slug.From(k) == Slug.From(keyword));

    /// <summary>Keywords in Vietnamese alphabetical order of their slugs, each once even if two datasets spell it alike.</summary>
    private IEnumerable<string> Keywords() => published
        .SelectMany(d => d.Dataset.Keywords)
        .DistinctBy(Slug.From, StringComparer.Ordinal)
        .OrderBy(Slug.From, StringComparer.Ordinal);

    private PageToRender Catalogue(string url, string sort, string filterKind, string filter, IReadOnlyList<PublishedDataset> datasets)
    {
        var ordered = sort == "date"
            ? datasets.OrderByDescending(d => d.Dataset.Modified).ThenBy(d => Slug.From(d.Dataset.Title), StringComparer.Ordinal)
            : datasets.OrderBy(d => Slug.From(d.Dataset.Title), StringComparer.Ordinal);
        var view = new DatasetListView(
            filter,
            filterKind,
            sort,
            DatasetRoutes.Datasets,
            DatasetRoutes.DatasetsByDate,
            DatasetRoutes.Datasets,
            ordered.Select(Card).ToList(),
            site.Topics
                .Select(t => new FacetView(t.Name, DatasetRoutes.DatasetsByTheme(t.Id), published.Count(d => HasTheme(d, t.Id)), filterKind == "theme" && filter == t.Name))
                .Where(f => f.Count > 0)
                .ToList(),
            Keywords()
                .Select(k => new FacetView(k, DatasetRoutes.DatasetsByKeyword(k), published.Count(d => HasKeyword(d, k)), filterKind == "keyword" && filter == k))
                .ToList(),
            [
                new LinkView("data.json", DatasetRoutes.ProjectOpenDataCatalog),
                new LinkView("catalog.jsonld", DatasetRoutes.DcatCatalog),
                new LinkView("datapackage.json", DatasetRoutes.PortalDataPackage),
                new LinkView("SHA256SUMS", DatasetRoutes.Checksums),
            ]);
        var crumbs = url == DatasetRoutes.Datasets ? [] : new[] { HomeCrumb, DataCrumb };
        // A filtered page is named by its theme or keyword, content, which its description quotes too; the
        // whole catalogue is named and described in interface words.
        // A catalogue changes when any dataset it lists does.
        var updated = datasets.Max(d => d.Dataset.Modified);
        var page = ContentLanguageMarks.Mark(Page(filter, Description(sort, filterKind, filter, datasets.Count), url, crumbs, updated), Language, title: true, description: filterKind.Length > 0);
        return new(url, "datasets", page, view, CataloguePath);
    }

    private DatasetCardView Card(PublishedDataset d) => new(
        DatasetRoutes.Dataset(d.Dataset.Slug),
        d.Dataset.Title,
        d.Dataset.Description,
        DisplayFormat.Date(d.Dataset.Modified, Language),
        DisplayFormat.DateIso(d.Dataset.Modified),
        d.Resources.Count,
        DisplayFormat.Count(d.Resources.Sum(r => r.RowCount), Language),
        d.Resources.SelectMany(r => r.Downloads).Select(x => x.Format.ThemeKey()).Distinct().ToList(),
        d.Dataset.Themes.Select(t => new LinkView(t.Name, DatasetRoutes.DatasetsByTheme(t.Id))).ToList(),
        d.Resources.Sum(r => r.RowCount),
        d.Files.Select(f => f.File.Source.FormatName).Distinct().ToList());

    private PageToRender DatasetPage(PublishedDataset published)
    {
        var d = published.Dataset;
        var url = DatasetRoutes.Dataset(d.Slug);
        var absolute = UrlPath.Absolute(site.Settings.BaseUrl, url) ?? url;
        var author = d.Publisher.Name.Length > 0 ? d.Publisher.Name : site.Settings.Title;
        var view = new DatasetView(
            d.Slug,
            d.Title,
            d.Description,
            d.Publisher.Name,
            d.Publisher.Url,
            d.Contact.Name,
            d.Contact.Email,
            d.Contact.Url,
            d.License.Name,
            d.License.Url,
            d.Rights,
            d.Keywords.Select(k => new LinkView(k, DatasetRoutes.DatasetsByKeyword(k))).ToList(),
            d.Themes.Select(t => new LinkView(t.Name, DatasetRoutes.DatasetsByTheme(t.Id))).ToList(),
            DisplayFormat.Date(d.Issued, Language),
            DisplayFormat.DateIso(d.Issued),
            DisplayFormat.Date(d.Modified, Language),
            DisplayFormat.DateIso(d.Modified),
            d.Frequency.Name(),
            DisplayFormat.Date(d.TemporalStart, Language),
            DisplayFormat.DateIso(d.TemporalStart),
            DisplayFormat.Date(d.TemporalEnd, Language),
            DisplayFormat.DateIso(d.TemporalEnd),
            d.Spatial,
            d.Source.Name,
            d.Source.Url,
            d.Changes.Select(c => new ChangeView(DisplayFormat.Date(c.Date, Language), DisplayFormat.DateIso(c.Date), c.Note)).ToList(),
            published.Resources.Select(r => Resource(r)).ToList(),
            Download(published.DataPackage, MetadataKey),
            author,
            d.Modified.Year.ToString(CultureInfo.InvariantCulture),
            absolute,
            BibTex(d, author, absolute),
            DatasetRoutes.Datasets,
            published.Files.Select(File).ToList(),
            published.Extent?.Joined ?? string.Empty,
            new LinkView(ChecksumList.FileName, DatasetRoutes.DatasetChecksums(d.Slug)));
        return new(url, "dataset", ContentLanguageMarks.Mark(Page(d.Title, d.Description, url, [HomeCrumb, DataCrumb], d.Modified), Language, title: true, description: true), view, d.SourcePath);
    }

    private ResourceView Resource(PublishedResource r)
    {
        var schema = r.Resource.Schema;
        return new ResourceView(
            DatasetRoutes.ResourceAnchor(r.Resource.Name),
            r.Resource.Name,
            r.Resource.Title,
            r.Resource.Description,
            DisplayFormat.Count(r.RowCount, Language),
            r.Preview.Count,
            schema.Fields.Select(f => Field(f, schema)).ToList(),
            r.Preview.Select(row => PreviewCells(row.Cells, schema)).ToList(),
            r.Downloads.Select(d => Download(d, d.Format.ThemeKey())).ToList(),
            Download(r.Schema, MetadataKey),
            r.RowCount);
    }

    private FileResourceView File(PublishedFile f) => new(
        DatasetRoutes.FileAnchor(f.File.Name),
        f.File.Name,
        f.File.Title,
        f.File.Description,
        f.File.Source.FormatName,
        f.Url,
        f.Url[(f.Url.LastIndexOf('/') + 1)..],
        f.MediaType,
        DisplayFormat.Size(f.Bytes, Language),
        f.Sha256,
        f.Extent?.Joined ?? string.Empty);

    private FieldView Field(TableField field, TableSchema schema)
    {
        var key = schema.ForeignKeys.FirstOrDefault(k => k.Field == field.Name);
        var target = key is null ? null : published.FirstOrDefault(d => d.Resources.Any(r => r.Resource.Name == key.ReferencedResource));
        return new FieldView(
            field.Name,
            field.Title,
            field.Type.Name(),
            field.Description,
            field.Required,
            field.Unique,
            field.Categories.Count > 0 ? string.Empty : string.Join(", ", field.Enum),
            key is null ? string.Empty : $"{key.ReferencedResource}.{key.ReferencedField}",
            target is null ? string.Empty : DatasetRoutes.Dataset(target.Dataset.Slug) + UrlPath.Anchor(DatasetRoutes.ResourceAnchor(key!.ReferencedResource)),
            field.AllowedValues.Count == 0 || field.Categories.Count == 0
                ? []
                : field.AllowedValues.Select(v => new CategoryView(v, field.LabelOf(v) ?? string.Empty)).ToList());
    }

    /// <summary>A preview row as readers see it: a coded value by its label, the code kept beside it for scripts and for copying.</summary>
    private static IReadOnlyList<PreviewCellView> PreviewCells(IReadOnlyList<string> cells, TableSchema schema) =>
        cells.Select((cell, i) => i < schema.Fields.Count && schema.Fields[i].LabelOf(cell) is { } label
                ? new PreviewCellView(label, cell)
                : new PreviewCellView(cell, string.Empty))
            .ToList();

    /// <summary>The theme key for files that describe data (Table Schema, datapackage.json) rather than hold it.</summary>
    private const string MetadataKey = "metadata";

    private DownloadView Download(Download d, string formatKey) => new(
        formatKey,
        d.Url,
        d.Url[(d.Url.LastIndexOf('/') + 1)..],
        d.MediaType,
        DisplayFormat.Size(d.Bytes, Language),
        d.Sha256);

    private PageView Page(string title, string description, string url, IReadOnlyList<NavItemView> crumbs, DateOnly own) =>
        context.Page(title, description, url, "datasets", crumbs, own);

    /// <summary>The catalogue, whole (by title or newest first) or filtered to one theme or keyword.</summary>
    private string Description(string sort, string filterKind, string filter, int count)
    {
        var strings = context.Strings;
        return filterKind switch
        {
            "theme" => Fill(strings.At("meta", "datasets_theme"), filter, count),
            "keyword" => Fill(strings.At("meta", "datasets_keyword"), filter, count),
            _ when sort == "date" => strings.At("meta", "datasets_by_date"),
            _ => strings.At("datasets", "lead"),
        };
    }

    private static string Fill(string template, string name, int count) =>
        template.Replace("{name}", name, StringComparison.Ordinal).Replace("{count}", count.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    /// <summary>
    /// A BibTeX entry for reference managers (Zotero, JabRef). Its key carries the version date, so
    /// two versions of a dataset cited in one paper do not collide.
    /// </summary>
    private static string BibTex(Dataset d, string author, string url)
    {
        static string Escape(string text) => text.Replace("\\", "\\textbackslash{}").Replace("{", "\\{").Replace("}", "\\}").Replace("%", "\\%").Replace("&", "\\&").Replace("#", "\\#").Replace("_", "\\_");
        var version = DisplayFormat.DateIso(d.Modified);
        var builder = new StringBuilder();
        builder.Append("@misc{").Append(d.Slug).Append('-').Append(version).Append(",\n");
        builder.Append("  author = {{").Append(Escape(author)).Append("}},\n");
        builder.Append("  title = {").Append(Escape(d.Title)).Append("},\n");
        builder.Append("  year = {").Append(d.Modified.Year.ToString(CultureInfo.InvariantCulture)).Append("},\n");
        builder.Append("  version = {").Append(version).Append("},\n");
        builder.Append("  howpublished = {\\url{").Append(url).Append("}},\n");
        builder.Append("  url = {").Append(url).Append("}\n");
        builder.Append('}');
        return builder.ToString();
    }
}
