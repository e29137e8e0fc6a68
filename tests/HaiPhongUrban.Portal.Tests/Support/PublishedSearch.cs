using System.Collections.Concurrent;

namespace HaiPhongUrban.Portal.Tests.Support;

/// <summary>
/// The search exactly as a built site publishes it: the index and the ranking script the search page
/// names (its form's data-index and its script src), read from the output folder. One per site.
/// </summary>
public static class PublishedSearch
{
    private static readonly ConcurrentDictionary<string, SearchScript> BySite = new(StringComparer.Ordinal);

    public static SearchScript Of(BuiltSite site) => BySite.GetOrAdd(site.Output, _ =>
    {
        var page = site.Page("/tim-kiem/");
        var indexUrl = page.QuerySelector("#search-form")!.GetAttribute("data-index")!;
        var coreUrl = page.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!).Single(src => src.Contains("search-core", StringComparison.Ordinal));
        return new SearchScript(File.ReadAllText(site.FileOf(coreUrl)), File.ReadAllText(site.FileOf(indexUrl)));
    });

    /// <summary>The file of the published index.</summary>
    public static string IndexFile(BuiltSite site) =>
        site.FileOf(site.Page("/tim-kiem/").QuerySelector("#search-form")!.GetAttribute("data-index")!);
}
