using HaiPhongUrban.Portal.Kernel.Output;
using System.Text.RegularExpressions;

namespace HaiPhongUrban.Portal.Kernel.Urls;

/// <summary>
/// <c>published-urls.txt</c>, the committed promise of every address the portal has published: a URL once
/// listed never dies (a removed one needs a line of content/_redirects). It lives in the folder above the
/// content folder (the repository's root for <c>content/</c>). Every run compares what it publishes with it
/// (Building/CheckPublishedUrls), a duplicate table name is blamed on the dataset not yet published
/// (Sections/Datasets), and <c>record-urls</c> adds the new addresses, so staff never need
/// the test suite to keep it; the tests read and write it through this type too.
/// </summary>
public static partial class PublishedUrlList
{
    public const string FileName = "published-urls.txt";

    /// <summary>The command that records the new addresses, run as the staff guide runs the portal (from the repository's root).</summary>
    public const string RecordCommand = "dotnet run --project src/HaiPhongUrban.Portal -- record-urls";

    private static readonly string Header = $"""
        # Every URL the portal has published, one per line, sorted (ordinal). A URL never dies: when one
        # leaves the site, content/_redirects must send it to one that exists (PublishedUrlsTests checks).
        # New URLs are added by: {RecordCommand}
        # Fingerprinted files (/assets/*.<hash>.*, the search index) change with their bytes and are not listed.
        """;

    /// <summary>
    /// The content hash of SiteRoutes.Asset and SiteRoutes.SearchIndex, as in '/assets/site.0123456789.css':
    /// those names change whenever the bytes do, and only the pages of the same deploy name them.
    /// </summary>
    [GeneratedRegex(@"\.[0-9a-f]{10}\.[a-z]+$")]
    private static partial Regex Fingerprinted();

    /// <summary>The list of a content folder: the file of that name in the folder above it, whether or not it exists yet.</summary>
    public static string Beside(string contentDirectory) =>
        Path.Combine(Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(contentDirectory)) ?? contentDirectory, FileName);

    /// <summary>
    /// Whether an address the build writes is one the list promises: not a fingerprinted file, and not
    /// _redirects, which Netlify reads and never serves, nor the output's mark, a dot-file Netlify never deploys.
    /// </summary>
    public static bool IsListed(string url) => url != RedirectsFile && url != "/" + OutputMark.FileName && !Fingerprinted().IsMatch(url);

    /// <summary>SiteRoutes.Redirects: the kernel names it itself, as it imports nothing from above.</summary>
    private const string RedirectsFile = "/_redirects";

    /// <summary>The listed addresses; none when the file does not exist.</summary>
    public static IReadOnlyList<string> Read(string listFile) =>
        File.Exists(listFile)
            ? File.ReadAllLines(listFile).Select(line => line.Trim()).Where(line => line.Length > 0 && !line.StartsWith('#')).ToList()
            : [];

    /// <summary>The addresses of <paramref name="published"/> that the list does not hold yet, sorted.</summary>
    public static IReadOnlyList<string> Unlisted(string listFile, IEnumerable<string> published)
    {
        var listed = Read(listFile).ToHashSet(StringComparer.Ordinal);
        return published.Where(IsListed).Where(url => !listed.Contains(url)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Writes the list as it was plus <paramref name="added"/>: never fewer URLs, so a regeneration cannot hide a lost one.</summary>
    public static void WriteWith(string listFile, IEnumerable<string> added) =>
        File.WriteAllText(listFile, Header + "\n" + string.Concat(Read(listFile).Union(added.Where(IsListed)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(url => url + "\n")));
}
