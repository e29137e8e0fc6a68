using HaiPhongUrban.Portal.Tests.Support;
using System.Text.RegularExpressions;

namespace HaiPhongUrban.Portal.Tests.Rendering;

/// <summary>Checks over every built page, made independently of the generator's own link check.</summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class SiteWideTests(BuiltSite site)
{
    [Fact]
    public void Every_internal_link_and_anchor_resolves()
    {
        var anchors = site.HtmlFiles().ToDictionary(site.UrlOf, f => BuiltSite.Parse(f).QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet());
        var broken = new List<string>();
        foreach (var file in site.HtmlFiles())
        {
            var url = site.UrlOf(file);
            foreach (var href in BuiltSite.Parse(file).QuerySelectorAll("[href], [src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!))
            {
                var target = new Uri(new Uri("https://x.invalid" + url), href);
                if (target.Host != "x.invalid")
                {
                    continue;
                }

                var path = Uri.UnescapeDataString(target.AbsolutePath);
                var fragment = Uri.UnescapeDataString(target.Fragment.TrimStart('#'));
                var exists = anchors.ContainsKey(path) || File.Exists(Path.Combine(site.Output, path.TrimStart('/')));
                if (!exists || (fragment.Length > 0 && !(anchors.TryGetValue(path, out var ids) && ids.Contains(fragment))))
                {
                    broken.Add($"{url} -> {href}");
                }
            }
        }

        Assert.Empty(broken);
        Assert.True(anchors.Count >= 30);
    }

    [Fact]
    public void Ids_are_unique_on_every_page()
    {
        foreach (var file in site.HtmlFiles())
        {
            var ids = BuiltSite.Parse(file).QuerySelectorAll("[id]").Select(e => e.Id).ToList();
            Assert.True(ids.Count == ids.Distinct().Count(), $"{site.UrlOf(file)} repeats an id");
        }
    }

    [Fact]
    public void Every_page_is_vietnamese_with_a_skip_link_a_main_landmark_and_one_h1()
    {
        foreach (var file in site.HtmlFiles())
        {
            var page = BuiltSite.Parse(file);
            Assert.Equal("vi", page.DocumentElement.GetAttribute("lang"));
            Assert.Equal("#noi-dung", page.QuerySelector("a.skip-link")?.GetAttribute("href"));
            Assert.NotNull(page.QuerySelector("main#noi-dung"));
            Assert.Single(page.QuerySelectorAll("h1"));
            Assert.False(string.IsNullOrWhiteSpace(page.Title));
        }
    }

    [Fact]
    public void Headings_start_at_h1_and_never_skip_a_level()
    {
        foreach (var file in site.HtmlFiles())
        {
            var levels = BuiltSite.Parse(file).QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => h.LocalName[1] - '0').ToList();
            Assert.True(levels[0] == 1, $"{site.UrlOf(file)} starts at h{levels[0]}");
            var skip = levels.Zip(levels.Skip(1)).FirstOrDefault(pair => pair.Second > pair.First + 1);
            Assert.True(skip == default, $"{site.UrlOf(file)} jumps from h{skip.First} to h{skip.Second}");
        }
    }

    [Fact]
    public void Every_page_links_to_the_accessibility_statement_which_says_how_to_report_a_problem()
    {
        Assert.All(site.HtmlFiles(), file => Assert.NotNull(BuiltSite.Parse(file).QuerySelector("footer a[href='/tiep-can/']")));

        var statement = site.Page("/tiep-can/");
        Assert.Contains("WCAG 2.2", statement.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(statement.GetElementById("bao-loi-tiep-can"));
        // site.yml has no contact yet: the statement says so rather than inventing an address.
        Assert.NotNull(statement.QuerySelector("#bao-loi-tiep-can ~ .not-stated, section:has(#bao-loi-tiep-can) .not-stated"));
    }

    [Fact]
    public void Every_page_links_to_the_staff_guide_from_its_footer()
    {
        Assert.All(site.HtmlFiles(), file => Assert.True(
            BuiltSite.Parse(file).QuerySelector("footer .footer-links a[href='/huong-dan/']") is not null,
            $"{site.UrlOf(file)}: no footer link to the staff guide"));
        Assert.Equal("Hướng dẫn cho cán bộ biên tập", site.Page("/").QuerySelector("footer a[href='/huong-dan/']")!.TextContent);
    }

    [Fact]
    public void Without_a_staff_guide_page_the_footer_leaves_its_link_out_and_the_build_still_succeeds()
    {
        using var workspace = Workspace.Create();
        File.Delete(workspace.ContentFile("pages/huong-dan.md"));

        var result = Runs.Build(workspace);

        Assert.Empty(Runs.Errors(result, workspace.Root));
        var home = BuiltSite.Parse(BuiltSite.FileOfIn(workspace.Output, "/"));
        Assert.NotNull(home.QuerySelector("footer a[href='/tiep-can/']"));
        Assert.Null(home.QuerySelector("footer a[href='/huong-dan/']"));
    }

    [Fact]
    public void No_page_has_inline_script_inline_style_or_a_third_party_request()
    {
        foreach (var file in site.HtmlFiles())
        {
            var page = BuiltSite.Parse(file);
            var url = site.UrlOf(file);
            Assert.True(page.QuerySelectorAll("script:not([src])").Length == 0, $"{url}: inline script");
            Assert.True(page.QuerySelectorAll("style, [style]").Length == 0, $"{url}: inline style");
            Assert.True(page.QuerySelectorAll("*").All(e => e.Attributes.All(a => !a.Name.StartsWith("on", StringComparison.Ordinal))), $"{url}: event attribute");
            foreach (var resource in page.QuerySelectorAll("link[href], script[src], img[src]"))
            {
                var address = resource.GetAttribute("href") ?? resource.GetAttribute("src")!;
                Assert.True(address.StartsWith('/'), $"{url}: {address} is not served by the portal itself");
            }
        }
    }

    [Fact]
    public void Item_pages_exist_for_every_result_limitation_task_group_and_implementation_item()
    {
        string[] ids = ["ket-qua-1", "ket-qua-2", "han-che-1", "han-che-6", "nhiem-vu-1", "nhiem-vu-7", "to-chuc-thuc-hien-1", "to-chuc-thuc-hien-2"];
        foreach (var id in ids)
        {
            var page = site.Page($"/ket-luan/{id}/");
            Assert.NotNull(page.QuerySelector("blockquote.wording-block"));
            Assert.NotNull(page.QuerySelector("section.editorial .editorial-tag"));
        }

        var first = site.Page("/ket-luan/ket-qua-1/");
        Assert.Null(first.QuerySelector(".prev-next .prev"));
        Assert.Equal("/ket-luan/ket-qua-2/", first.QuerySelector(".prev-next .next a")?.GetAttribute("href"));
    }

    [Fact]
    public void Document_registry_lists_every_document_and_says_what_the_text_does_not()
    {
        var registry = site.Page("/van-ban/");
        Assert.Equal(12, registry.QuerySelectorAll("tbody tr").Length);

        var letter = site.Page("/van-ban/cong-van-878-cv-bcsd/");
        Assert.Contains("878-CV/BCSD", letter.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(letter.QuerySelector(".not-stated")); // its subject is not in the text
        Assert.Equal("/ket-luan/#mo-dau", letter.QuerySelector("article ul.link-list a")?.GetAttribute("href"));
    }

    [Fact]
    public void About_page_offers_the_source_with_its_hash_and_lists_the_errata()
    {
        var about = site.Page("/gioi-thieu/");
        var download = about.QuerySelector("a[download]")!.GetAttribute("href")!;
        var bytes = File.ReadAllBytes(Path.Combine(site.Output, download.TrimStart('/')));
        var hashes = about.QuerySelectorAll("code.hash").Select(c => c.TextContent).ToList();

        Assert.Contains(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), hashes);
        Assert.NotNull(about.GetElementById("dinh-chinh-1"));
        Assert.NotNull(about.GetElementById("dinh-chinh-3"));
        Assert.Equal(5, about.QuerySelectorAll("#dinh-chinh ~ ul li, section[aria-labelledby=dinh-chinh] > ul > li").Length);
    }

    [Fact]
    public void Assets_are_fingerprinted_by_their_content()
    {
        var stylesheet = site.Page("/").QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;

        Assert.Matches(new Regex(@"^/assets/site\.[0-9a-f]{10}\.css$"), stylesheet);
        Assert.True(File.Exists(Path.Combine(site.Output, stylesheet.TrimStart('/'))));
    }
}
