using HaiPhongUrban.Portal.Kernel.Urls;
using HaiPhongUrban.Portal.Building;
using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Kernel.Output;
using HaiPhongUrban.Portal.Rendering;
using HaiPhongUrban.Portal.Rendering.Redirects;

namespace HaiPhongUrban.Portal.Tests.Support;

/// <summary>
/// The committed list of every URL the site has published (<c>published-urls.txt</c> at the repository
/// root), the URLs an output folder publishes, and which listed URLs would now die.
/// </summary>
public static class PublishedUrls
{
    public static string ListFile => Path.Combine(RepoPaths.Root, PublishedUrlList.FileName);

    /// <summary>The portal's own command that adds the URLs the site publishes now to the list: staff never need the test suite for it.</summary>
    public const string UpdateCommand = PublishedUrlList.RecordCommand;

    public static IReadOnlyList<string> Read() => PublishedUrlList.Read(ListFile);

    /// <summary>Every URL an output folder serves, as a reader would type it ('/x/' for x/index.html).</summary>
    public static IReadOnlyList<string> Of(string output) =>
        Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
            .Select(file => Built(output, file))
            .Where(PublishedUrlList.IsListed)
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
