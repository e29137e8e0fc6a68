using HaiPhongUrban.Portal.Building;
using HaiPhongUrban.Portal.Rendering;
using HaiPhongUrban.Portal.Sections.Conclusion.Model;
using HaiPhongUrban.Portal.Sections.Datasets.Model;
using HaiPhongUrban.Portal.Tests.Support;

namespace HaiPhongUrban.Portal.Tests.Rendering;

/// <summary>The search page and the search box of every other page, as published.</summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class SearchPageTests(BuiltSite site)
{
    [Fact]
    public void The_search_page_has_one_labelled_search_box_that_submits_q_to_itself()
    {
        var page = site.Page(SiteRoutes.Search);

        var input = Assert.Single(page.QuerySelectorAll("input"));
        Assert.Equal(("search", "q"), (input.GetAttribute("type"), input.GetAttribute("name")));
        Assert.NotNull(page.QuerySelector($"label[for='{input.Id}']"));
        var form = input.Closest("form")!;
        Assert.Equal((SiteRoutes.Search, "get"), (form.GetAttribute("action"), form.GetAttribute("method")));
    }

    [Fact]
    public void Without_script_the_page_says_so_and_offers_the_table_of_contents_and_the_catalogue()
    {
        var noscript = site.Page(SiteRoutes.Search).QuerySelector("noscript")!;

        var links = noscript.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([ConclusionRoutes.FullTextContents, DatasetRoutes.Datasets], links);
        Assert.Contains("JavaScript", noscript.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_names_the_published_index_and_scripts_and_a_word_for_every_kind_of_result()
    {
        var page = site.Page(SiteRoutes.Search);
        var form = page.QuerySelector("#search-form")!;

        Assert.True(File.Exists(PublishedSearch.IndexFile(site)));
        Assert.All(page.QuerySelectorAll("script"), s => Assert.True(File.Exists(Path.Combine(site.Output, s.GetAttribute("src")!.TrimStart('/')))));
        Assert.All(SectionList.All.SelectMany(s => s.Claims.SearchKinds), kind => Assert.False(string.IsNullOrWhiteSpace(form.GetAttribute("data-kind-" + kind)), kind));
        Assert.All(["results", "results-limited", "none", "loading", "failed"], name => Assert.False(string.IsNullOrWhiteSpace(form.GetAttribute("data-" + name)), name));
    }

    [Fact]
    public void Every_other_page_has_a_search_box_that_submits_to_the_search_page()
    {
        foreach (var file in site.HtmlFiles().Where(f => site.UrlOf(f) != SiteRoutes.Search))
        {
            var form = BuiltSite.Parse(file).QuerySelector("header form[role=search]");
            Assert.True(form is not null, site.UrlOf(file));
            Assert.Equal((SiteRoutes.Search, "get"), (form.GetAttribute("action"), form.GetAttribute("method")));
            var input = form.QuerySelector("input[name=q]")!;
            Assert.NotNull(form.QuerySelector($"label[for='{input.Id}']"));
        }
    }
}
