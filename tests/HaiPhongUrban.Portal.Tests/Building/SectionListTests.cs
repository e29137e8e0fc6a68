using System.Text.RegularExpressions;
using HaiPhongUrban.Portal.Building;
using HaiPhongUrban.Portal.Kernel.Urls;
using HaiPhongUrban.Portal.Rendering;
using HaiPhongUrban.Portal.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace HaiPhongUrban.Portal.Tests.Building;

/// <summary>
/// What the build once kept in lists by hand now comes from the sections' claims: every layout of the
/// theme and every top-level group of its strings belongs to exactly one section or to the site's own
/// pages, every page's first URL segment is reserved by whoever owns it, and the menu is the sections'
/// entries by weight. A new section that forgets to claim what it uses fails here, not in production.
/// </summary>
public sealed partial class SectionListTests
{
    private static IEnumerable<(string Owner, IReadOnlyList<string> Items)> Owners(Func<Portal.Sections.SectionClaims, IReadOnlyList<string>> items, IReadOnlyList<string> site) =>
        SectionList.All.Select(s => (s.Claims.Name, items(s.Claims))).Append(("site", site));

    [Fact]
    public void Every_layout_of_the_theme_belongs_to_exactly_one_owner_and_every_claimed_layout_exists()
    {
        var claimed = Owners(c => c.Layouts, SitePages.Layouts).SelectMany(o => o.Items.Select(l => (l, o.Owner))).ToList();
        var files = Directory.EnumerateFiles(Path.Combine(RepoPaths.Theme, "layouts"), "*.liquid").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToList();

        Assert.Empty(claimed.GroupBy(c => c.l).Where(g => g.Count() > 1).Select(g => $"{g.Key}: {string.Join(", ", g.Select(c => c.Owner))}"));
        Assert.Equal(files, claimed.Select(c => c.l).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_group_of_interface_strings_belongs_to_exactly_one_owner_and_every_key_templates_use_is_in_one()
    {
        var prefixes = Owners(c => c.StringPrefixes, SitePages.StringPrefixes).SelectMany(o => o.Items.Select(p => (p, o.Owner))).ToList();
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(RepoPaths.Theme, "i18n", "vi.yml"))));
        var groups = ((YamlMappingNode)yaml.Documents[0].RootNode).Children.Keys.Select(k => ((YamlScalarNode)k).Value!).Order(StringComparer.Ordinal).ToList();
        var used = Directory.EnumerateFiles(RepoPaths.Theme, "*.liquid", SearchOption.AllDirectories)
            .SelectMany(f => StringKey().Matches(File.ReadAllText(f)).Select(m => m.Groups["group"].Value))
            .Distinct()
            .ToList();

        Assert.Empty(prefixes.GroupBy(p => p.p).Where(g => g.Count() > 1).Select(g => $"{g.Key}: {string.Join(", ", g.Select(c => c.Owner))}"));
        Assert.Equal(groups, prefixes.Select(p => p.p).Order(StringComparer.Ordinal));
        Assert.Empty(used.Except(groups));
        Assert.All(SectionList.All.SelectMany(s => s.Claims.RequiredStrings.Select(k => (s.Claims.Name, Key: k))),
            k => Assert.Contains(k.Key.Split('.')[0], SectionList.All.First(s => s.Claims.Name == k.Name).Claims.StringPrefixes.Concat(SitePages.StringPrefixes)));
    }

    [Fact]
    public void Every_page_built_lives_under_a_segment_its_owner_reserves()
    {
        using var workspace = Workspace.Create();
        var result = Runs.Build(workspace);
        Assert.True(result.Succeeded, string.Join('\n', Runs.Errors(result, workspace.Root)));
        var reserved = Owners(c => c.ReservedSegments, SiteRoutes.ReservedSegments).SelectMany(o => o.Items.Select(s => (s, o.Owner))).ToList();
        var pageSlugs = Directory.EnumerateFiles(workspace.ContentFile("pages"), "*.md").Select(Path.GetFileNameWithoutExtension).ToHashSet();

        var unowned = Directory.EnumerateFiles(workspace.Output, "*.html", SearchOption.AllDirectories)
            .Select(f => BuiltSite.UrlOf(workspace.Output, f))
            .Where(url => url != "/" && url != SiteRoutes.NotFound)
            .Where(url => UrlPath.FirstSegment(url) is var segment && !reserved.Any(r => r.s == segment) && !pageSlugs.Contains(segment))
            .ToList();

        Assert.Empty(reserved.GroupBy(r => r.s).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.Empty(unowned);
    }

    [Fact]
    public void The_menu_every_page_shows_is_the_sections_entries_by_weight()
    {
        using var site = new BuiltSite();
        var shown = site.Page("/").QuerySelectorAll(".site-nav a").Select(a => a.GetAttribute("href")).ToList();

        Assert.Equal(SiteFrame.Menu(SectionList.All).Select(e => e.Url), shown);
        Assert.Equal(["/", "/ket-luan/", "/quy-hoach/", "/van-ban/", "/theo-doi/", "/du-lieu/", "/gioi-thieu/"], shown);
    }

    /// <summary><c>t.group.key</c> in a template, not preceded by a letter (so <c>item.t.x</c> does not count).</summary>
    [GeneratedRegex(@"(?<![\w.])t\.(?<group>[a-z0-9_]+)[.\[]")]
    private static partial Regex StringKey();
}
