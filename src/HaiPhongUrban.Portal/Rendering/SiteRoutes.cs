using HaiPhongUrban.Portal.Sections;

namespace HaiPhongUrban.Portal.Rendering;

/// <summary>
/// The addresses no section owns: the home page, search, the 404 page, the theme's assets and the
/// discovery files at the root, where crawlers and robots.txt's own rule look for them.
/// </summary>
public static class SiteRoutes
{
    public const string Home = SitePage.Home;

    public const string Search = SitePage.Search;
    public const string NotFound = "/404.html";

    /// <summary>Netlify's redirect rules, read from the root of the publish folder; Netlify does not serve the file itself.</summary>
    public const string Redirects = "/_redirects";
    public const string Sitemap = "/sitemap.xml";
    public const string Robots = "/robots.txt";
    public const string AssetsFolder = "assets";

    /// <summary>First segments of the site's own pages and files, which no section and no Markdown page may take.</summary>
    public static readonly IReadOnlyList<string> ReservedSegments = ["tim-kiem", AssetsFolder, "404"];

    /// <summary>
    /// The search index beside the search page, fingerprinted like the theme assets (and cached as
    /// long, netlify.toml) because the page names the exact file it needs.
    /// </summary>
    public static string SearchIndex(string contentHash) => $"{Search}chi-muc.{contentHash}.json";

    /// <summary>A file the index's manifest names (postings, vocabulary, a bundle of entries), under the hash of them all.</summary>
    public static string SearchIndexPart(string name, string contentHash) => $"{Search}{name}.{contentHash}.json";

    /// <summary>
    /// A theme asset, fingerprinted with its content hash so that it can be cached for a year
    /// (netlify.toml) and still change the moment its bytes do.
    /// </summary>
    public static string Asset(string fileName, string contentHash) =>
        $"/{AssetsFolder}/{Path.GetFileNameWithoutExtension(fileName)}.{contentHash}{Path.GetExtension(fileName)}";
}
