using System.Collections.Concurrent;
using System.Text.Json;
using HaiPhongUrban.Portal.Kernel.Urls;
using HaiPhongUrban.Portal.Sections;

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
        return new SearchScript(File.ReadAllText(site.FileOf(coreUrl)), File.ReadAllText(site.FileOf(indexUrl)), url => File.ReadAllText(site.FileOf(url)));
    });

    /// <summary>Every entry of the published index, in its order: the bundles the manifest names, one after another.</summary>
    public static IReadOnlyList<SearchEntry> Entries(string output, string manifestFile)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(manifestFile));
        var count = manifest.RootElement.GetProperty("count").GetInt32();
        var bundle = manifest.RootElement.GetProperty("bundle").GetInt32();
        var pattern = manifest.RootElement.GetProperty("files").GetString()!;
        var entries = new List<SearchEntry>();
        for (var n = 0; n * bundle < count; n++)
        {
            var file = Path.Combine(output, UrlPath.OutputFile(pattern.Replace("{name}", $"muc-{n}", StringComparison.Ordinal)));
            entries.AddRange(JsonSerializer.Deserialize<List<SearchEntry>>(File.ReadAllBytes(file), new JsonSerializerOptions(JsonSerializerDefaults.Web))!);
        }

        return entries;
    }

    public static IReadOnlyList<SearchEntry> Entries(BuiltSite site) => Entries(site.Output, IndexFile(site));

    /// <summary>Every file of the published index (the manifest and all it names), for their sizes.</summary>
    public static IReadOnlyList<string> IndexFiles(BuiltSite site) =>
        Directory.GetFiles(Path.Combine(site.Output, "tim-kiem"), "*.json").Order(StringComparer.Ordinal).ToList();

    /// <summary>The file of the published index.</summary>
    public static string IndexFile(BuiltSite site) =>
        site.FileOf(site.Page("/tim-kiem/").QuerySelector("#search-form")!.GetAttribute("data-index")!);
}
