using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Kernel.Output;
using HaiPhongUrban.Portal.Rendering;
using HaiPhongUrban.Portal.Rendering.Redirects;
using System.Text.RegularExpressions;

namespace HaiPhongUrban.Portal.Tests.Support;

/// <summary>
/// The committed list of every URL the site has published (<c>published-urls.txt</c> at the repository
/// root), the URLs an output folder publishes, and which listed URLs would now die.
/// </summary>
public static partial class PublishedUrls
{
    public static string ListFile => Path.Combine(RepoPaths.Root, "published-urls.txt");

    /// <summary>Setting this to 1 adds the URLs the site publishes now to the list (PublishedUrlsTests).</summary>
    public const string UpdateVariable = "UPDATE_PUBLISHED_URLS";

    public const string UpdateCommand =
        "UPDATE_PUBLISHED_URLS=1 dotnet test tests/HaiPhongUrban.Portal.Tests --filter FullyQualifiedName~PublishedUrlsTests";

    private static readonly string Header = $"""
        # Every URL the portal has published, one per line, sorted (ordinal). A URL never dies: when one
        # leaves the site, content/_redirects must send it to one that exists (PublishedUrlsTests checks).
        # New URLs are added by: {UpdateCommand}
        # Fingerprinted files (/assets/*.<hash>.*, the search index) change with their bytes and are not listed.
        """;

    /// <summary>
    /// The content hash of SiteRoutes.Asset and SiteRoutes.SearchIndex, as in '/assets/site.0123456789.css':
    /// those names change whenever the bytes do, and only the pages of the same deploy name them.
    /// </summary>
    [GeneratedRegex(@"\.[0-9a-f]{10}\.[a-z]+$")]
    private static partial Regex Fingerprinted();

    public static IReadOnlyList<string> Read() =>
        File.Exists(ListFile)
            ? File.ReadAllLines(ListFile).Where(line => line.Length > 0 && !line.StartsWith('#')).ToList()
            : [];

    /// <summary>Writes the list as it was plus <paramref name="added"/>: never fewer URLs, so a regeneration cannot hide a lost one.</summary>
    public static void WriteWith(IEnumerable<string> added) =>
        File.WriteAllText(ListFile, Header + "\n" + string.Concat(Read().Union(added).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(url => url + "\n")));

    /// <summary>Every URL an output folder serves, as a reader would type it ('/x/' for x/index.html).</summary>
    public static IReadOnlyList<string> Of(string output) =>
        Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
            .Select(file => Built(output, file))
            .Where(url => url != SiteRoutes.Redirects && url != "/" + OutputMark.FileName && !Fingerprinted().IsMatch(url))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// The listed URLs that an output folder neither serves nor redirects (by its <c>_redirects</c>) to a
    /// page or file it serves, each with why.
    /// </summary>
    public static IReadOnlyList<string> Dead(IEnumerable<string> listed, string output)
    {
        var redirectsFile = BuiltSite.FileOfIn(output, SiteRoutes.Redirects);
        var rules = File.Exists(redirectsFile)
            ? LoadRedirects.Parse(redirectsFile, File.ReadAllText(redirectsFile), new DiagnosticBag())
            : [];
        bool Serves(string url) => File.Exists(BuiltSite.FileOfIn(output, url));

        var dead = new List<string>();
        foreach (var url in listed.Where(url => !Serves(url)))
        {
            var rule = rules.FirstOrDefault(r => r.Matches(url));
            if (rule is null)
            {
                dead.Add($"{url} (no longer built, and no line of content/_redirects sends it anywhere)");
            }
            else if (!rule.LeavesSite && !Serves(rule.To))
            {
                dead.Add($"{url} (content/_redirects line {rule.FromAt.Line} sends it to {rule.To}, which is not built either)");
            }
        }

        return dead;
    }

    private static string Built(string output, string file) => BuiltSite.UrlOf(output, file);
}
