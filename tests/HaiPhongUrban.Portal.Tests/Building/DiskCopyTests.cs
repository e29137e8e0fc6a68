using AngleSharp.Dom;
using HaiPhongUrban.Portal.Kernel.Urls;
using HaiPhongUrban.Portal.Tests.Support;

namespace HaiPhongUrban.Portal.Tests.Building;

/// <summary>
/// The copy to open from disk (<c>build --offline</c>) of the real content: every link of every page is
/// followed here as a browser follows it from a folder, file by file, without the portal's own link check
/// (the maps' links too);
/// and that check, in the disk copy's mode, still reports a broken link of content at its place.
/// </summary>
public sealed class DiskCopyTests
{
    private static readonly string[] AddressAttributes = ["href", "src", "action", "srcset"];

    [Fact]
    public void Every_link_of_the_disk_copy_is_relative_and_leads_to_a_file_and_its_anchor()
    {
        // With a plan that has a boundary, so that the registry's overview map, whose plans are links, is drawn.
        using var workspace = Workspace.Create();
        workspace.Overlay(Path.Combine(RepoPaths.Fixtures, "planning"));

        var result = Runs.Build(workspace, links: LinkMode.Disk);

        Assert.True(result.Succeeded, string.Join('\n', Runs.Errors(result, workspace.Root)));
        var ids = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        HashSet<string> IdsOf(string file) => ids.TryGetValue(file, out var known)
            ? known
            : ids[file] = BuiltSite.Parse(file).QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);

        var problems = new List<string>();
        var pages = Directory.EnumerateFiles(workspace.Output, "*.html", SearchOption.AllDirectories).ToList();
        Assert.True(pages.Count > 50, "the real content has dozens of pages");
        foreach (var page in pages)
        {
            foreach (var link in Links(BuiltSite.Parse(page)).Where(l => ContentUrl.SchemeOf(l) is null))
            {
                var at = $"{Path.GetRelativePath(workspace.Output, page)}: {link}";
                var (path, fragment) = Split(link);
                var target = path.Length == 0 ? page : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, Uri.UnescapeDataString(path)));
                if (link.StartsWith('/'))
                {
                    problems.Add(at + " starts from the root of the disk");
                }
                else if (!target.StartsWith(workspace.Output + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(target))
                {
                    problems.Add(at + (Directory.Exists(target) ? " opens a folder's listing" : " leads to no file"));
                }
                else if (fragment.Length > 0 && !IdsOf(target).Contains(fragment))
                {
                    problems.Add(at + " names no id of its page");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
        var map = BuiltSite.Parse(Path.Combine(workspace.Output, "quy-hoach", "index.html")).QuerySelector("svg a.plan-map-link");
        Assert.Equal("../quy-hoach/phan-khu-mau/index.html", map?.GetAttribute("href"));
    }

    [Fact]
    public void The_disk_copy_leaves_out_what_only_a_server_reads_and_its_search_page_says_so()
    {
        using var workspace = Workspace.Create();

        Assert.True(Runs.Build(workspace, links: LinkMode.Disk).Succeeded);

        Assert.False(File.Exists(Path.Combine(workspace.Output, "_redirects")), "Netlify's redirect rules: no server reads them on disk");
        Assert.Empty(Directory.GetFiles(Path.Combine(workspace.Output, "tim-kiem"), "*.json"));
        var search = BuiltSite.Parse(Path.Combine(workspace.Output, "tim-kiem", "index.html"));
        Assert.Empty(search.QuerySelectorAll("main script, main form, main noscript"));
        Assert.Contains("chỉ chạy khi cổng được phục vụ", search.QuerySelector("main .card p")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["../ket-luan/index.html#muc-luc", "../du-lieu/index.html"], search.QuerySelectorAll("main .card a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void A_broken_link_of_content_is_reported_at_its_place_in_the_disk_copy_too()
    {
        using var workspace = Workspace.Create("broken-link");

        var errors = Runs.Errors(Runs.Build(workspace, links: LinkMode.Disk), workspace.Root);

        Assert.Contains(errors, e => e.StartsWith("content/pages/lien-he.md:5:", StringComparison.Ordinal) && e.Contains("'/khong-co/'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("content/pages/lien-he.md:6:", StringComparison.Ordinal) && e.Contains("no anchor '#han-che-99'", StringComparison.Ordinal));
        Assert.False(Directory.Exists(workspace.Output));
    }

    /// <summary>Every address a browser reads from the page: href, src, a form's action, each candidate of a srcset.</summary>
    private static IEnumerable<string> Links(IParentNode document) =>
        document.QuerySelectorAll("*").SelectMany(element => AddressAttributes
            .Select(name => (Name: name, Value: element.GetAttribute(name)))
            .Where(a => a.Value is not null)
            .SelectMany(a => a.Name == "srcset" ? a.Value!.Split(',').Select(c => c.Trim().Split(' ')[0]) : [a.Value!]));

    private static (string Path, string Fragment) Split(string link)
    {
        var hash = link.IndexOf('#');
        var fragment = hash < 0 ? string.Empty : Uri.UnescapeDataString(link[(hash + 1)..]);
        var path = hash < 0 ? link : link[..hash];
        var query = path.IndexOf('?');
        return (query < 0 ? path : path[..query], fragment);
    }
}
