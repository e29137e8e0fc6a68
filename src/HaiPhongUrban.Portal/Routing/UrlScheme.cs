using HaiPhongUrban.Portal.Kernel.Urls;
using HaiPhongUrban.Portal.Sections.Datasets.Model;
namespace HaiPhongUrban.Portal.Routing;

/// <summary>
/// The one place that decides every URL of the portal and the file each is written to. Templates
/// and stages ask here; nothing else builds a path. URLs are ASCII, lower-case, Vietnamese without
/// diacritics and end in '/', and once published they never change (DESIGN.md).
/// </summary>
public static class UrlScheme
{
    public const string Home = "/";
    public const string FullText = "/ket-luan/";
    public const string Documents = "/van-ban/";
    public const string About = "/gioi-thieu/";

    /// <summary>The table of contents of the full text (the id is given by theme/layouts/full-text.liquid; CheckLinks holds them together).</summary>
    public const string FullTextContents = FullText + "#muc-luc";

    /// <summary>The slug of the Markdown page that is the accessibility statement, linked from every page's footer.</summary>
    public const string AccessibilityPageSlug = "tiep-can";

    /// <summary>The slug of the Markdown page that is the staff guide, linked from every page's footer and from the tracker.</summary>
    public const string StaffGuidePageSlug = "huong-dan";
    public const string Datasets = "/du-lieu/";

    /// <summary>The catalogue sorted newest first; <see cref="Datasets"/> itself is sorted by title.</summary>
    public const string DatasetsByDate = "/du-lieu/moi-nhat/";

    /// <summary>Which task group answers which limitation or builds on which result (editorial): a matrix and lists both ways.</summary>
    public const string Traceability = "/lien-ket/";

    /// <summary>The dates and horizons the Conclusion names, each linked to its paragraph.</summary>
    public const string Timeline = "/moc-thoi-gian/";

    /// <summary>The implementation tracker: each task group's latest status and its history.</summary>
    public const string Tracker = "/theo-doi/";

    /// <summary>The search page; <c>?q=</c> carries the query, so a result list can be linked.</summary>
    public const string Search = "/tim-kiem/";

    // Machine-readable catalogues at the root, where harvesters (data.gov-style, CKAN, DCAT) look.
    public const string ProjectOpenDataCatalog = "/data.json";
    public const string DcatCatalog = "/catalog.jsonld";
    public const string PortalDataPackage = "/datapackage.json";
    public const string Checksums = "/SHA256SUMS";
    public const string NotFound = "/404.html";

    /// <summary>Netlify's redirect rules, read from the root of the publish folder; Netlify does not serve the file itself.</summary>
    public const string Redirects = "/_redirects";

    /// <summary>The change history page, made from content/cap-nhat.yml; the Atom feed carries the same entries.</summary>
    public const string Updates = "/cap-nhat/";

    // Discovery files at the root, where feed readers, crawlers and robots.txt's own rule look for them.
    public const string Feed = "/feed.xml";
    public const string Sitemap = "/sitemap.xml";
    public const string Robots = "/robots.txt";
    public const string AssetsFolder = "assets";

    /// <summary>
    /// First path segments the generator owns, now or in planned sections (DESIGN.md), which a
    /// Markdown page may therefore not take.
    /// </summary>
    public static readonly IReadOnlySet<string> ReservedSegments = new HashSet<string>(StringComparer.Ordinal)
    {
        "ket-luan", "van-ban", AssetsFolder, "du-lieu", "tim-kiem", "lien-ket", "moc-thoi-gian", "theo-doi", "404", "cap-nhat",
    };

    public static string Anchor(string id) => Kernel.Urls.UrlPath.Anchor(id);

    /// <summary>A paragraph in the full text: every paragraph of official wording has one.</summary>
    public static string FullTextAnchor(string paragraphId) => FullText + Anchor(paragraphId);

    /// <summary>The page of one result, limitation, task group or implementation item.</summary>
    public static string ItemPage(string itemId) => $"{FullText}{itemId}/";

    public static string Document(string slug) => $"{Documents}{slug}/";

    public static string Dataset(string slug) => $"{Datasets}{slug}/";

    /// <summary>The catalogue filtered to one theme (pre-rendered, so filtering works without JavaScript).</summary>
    public static string DatasetsByTheme(string topicId) => $"{Datasets}chu-de/{topicId}/";

    /// <summary>The catalogue filtered to one keyword; the keyword's ASCII slug names the page.</summary>
    public static string DatasetsByKeyword(string keyword) => $"{Datasets}tu-khoa/{Slug.From(keyword)}/";

    /// <summary>
    /// A resource's file beside its dataset's page. The Excel CSV gets its own name so that both CSVs
    /// can be downloaded into one folder.
    /// </summary>
    public static string Download(string datasetSlug, string resourceName, DownloadFormat format) =>
        Dataset(datasetSlug) + resourceName + format switch
        {
            DownloadFormat.Csv => ".csv",
            DownloadFormat.CsvForExcel => ".excel.csv",
            DownloadFormat.Json => ".json",
            _ => ".xlsx",
        };

    /// <summary>A resource's Table Schema (JSON), which catalogues point at as its data dictionary.</summary>
    public static string TableSchema(string datasetSlug, string resourceName) => $"{Dataset(datasetSlug)}{resourceName}.schema.json";

    /// <summary>The anchor of one resource's section on its dataset's page.</summary>
    public static string ResourceAnchor(string resourceName) => "bang-" + resourceName;

    public static string DatasetPackage(string datasetSlug) => $"{Dataset(datasetSlug)}datapackage.json";

    /// <summary>
    /// The search index beside the search page, fingerprinted like the theme assets (and cached as
    /// long, netlify.toml) because the page names the exact file it needs.
    /// </summary>
    public static string SearchIndex(string contentHash) => $"{Search}chi-muc.{contentHash}.json";

    /// <summary>
    /// The id, on the traceability page, of one link in the list by limitation or result
    /// ("han-che-1--nhiem-vu-2"); the list by task group names the same link the other way round.
    /// Paragraph ids never contain "--", so these never collide with a section's id.
    /// </summary>
    public static string TraceLinkId(string fromId, string toId) => $"{fromId}--{toId}";

    /// <summary>One link of the traceability page's list by limitation or result.</summary>
    public static string TraceLink(string targetId, string taskGroupId) => Traceability + Anchor(TraceLinkId(targetId, taskGroupId));

    /// <summary>The part of the traceability page about one item (a limitation, result or task group).</summary>
    public static string TraceItem(string itemId) => Traceability + Anchor(itemId);

    /// <summary>The id of one year's part of the timeline ("nam-2050").</summary>
    public static string TimelineYearId(int year) => "nam-" + year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string TimelineYear(int year) => Timeline + Anchor(TimelineYearId(year));

    /// <summary>One task group's history on the tracker page.</summary>
    public static string TrackerGroup(string taskGroupId) => Tracker + Anchor(taskGroupId);

    /// <summary>A Markdown page of content/pages/ lives at the root under its file name.</summary>
    public static string Page(string slug) => $"/{slug}/";

    /// <summary>A correction is explained in the errata list of the about page.</summary>
    public static string Correction(string correctionId) => About + Anchor(correctionId);

    /// <summary>The source transcription, offered beside the full text under a lower-case ASCII name.</summary>
    public static string SourceDownload(string fileName) =>
        FullText + Slug.From(Path.GetFileNameWithoutExtension(fileName)) + Path.GetExtension(fileName).ToLowerInvariant();

    /// <summary>
    /// A theme asset, fingerprinted with its content hash so that it can be cached for a year
    /// (netlify.toml) and still change the moment its bytes do.
    /// </summary>
    public static string Asset(string fileName, string contentHash) =>
        $"/{AssetsFolder}/{Path.GetFileNameWithoutExtension(fileName)}.{contentHash}{Path.GetExtension(fileName)}";

    /// <summary>The file, relative to the output folder, that serves a URL: '/x/' is 'x/index.html'.</summary>
    public static string OutputPath(string url) => Kernel.Urls.UrlPath.OutputFile(url);

    /// <summary>An absolute URL from the site's base URL, or null while site.yml has none.</summary>
    public static string? Absolute(string baseUrl, string url) => Kernel.Urls.UrlPath.Absolute(baseUrl, url);
}
