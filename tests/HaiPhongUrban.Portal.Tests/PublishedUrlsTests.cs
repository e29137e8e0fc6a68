using HaiPhongUrban.Portal.Tests.Support;

namespace HaiPhongUrban.Portal.Tests;

/// <summary>
/// Published URLs never silently die (DESIGN.md): published-urls.txt lists every URL the site has
/// published; each must still be built or be redirected by content/_redirects to one that is. The list
/// must also be complete, so that a new URL becomes a promise in the same commit that makes it, seen in
/// review, and a URL cannot be published and then dropped before anyone listed it.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class PublishedUrlsTests(BuiltSite site)
{
    private IReadOnlyList<string> Listed()
    {
        // Regeneration adds what the site publishes now and keeps every earlier URL, even one that is gone.
        if (Environment.GetEnvironmentVariable(PublishedUrls.UpdateVariable) == "1")
        {
            PublishedUrls.WriteWith(PublishedUrls.Of(site.Output));
        }

        return PublishedUrls.Read();
    }

    [Fact]
    public void Every_listed_url_is_still_built_or_redirected_to_one_that_is()
    {
        Assert.True(site.Result.Succeeded);
        var dead = PublishedUrls.Dead(Listed(), site.Output);

        Assert.True(dead.Count == 0,
            $"{dead.Count} published URL(s) would now be a 404:\n  {string.Join("\n  ", dead)}\n"
            + "Give each a line in content/_redirects, old address then new address then 301 (e.g. '/du-lieu/ten-cu/ /du-lieu/ten-moi/ 301'), "
            + "or bring the page back. Do not delete URLs from published-urls.txt: people and other sites still link to them.");
    }

    [Fact]
    public void Every_url_the_site_publishes_is_listed()
    {
        Assert.True(site.Result.Succeeded);
        var listed = Listed().ToHashSet(StringComparer.Ordinal);
        var unlisted = PublishedUrls.Of(site.Output).Where(url => !listed.Contains(url)).ToList();

        Assert.True(unlisted.Count == 0,
            $"{unlisted.Count} URL(s) are published but not in published-urls.txt:\n  {string.Join("\n  ", unlisted)}\n"
            + $"If they are meant to be public for good, add them with:\n  {PublishedUrls.UpdateCommand}\nand commit the file; otherwise change the content so they are not built.");
    }

    [Fact]
    public void The_list_is_sorted_without_duplicates_and_holds_only_site_paths()
    {
        var listed = Listed();

        Assert.NotEmpty(listed);
        Assert.Equal(listed.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal), listed);
        Assert.All(listed, url => Assert.True(url.StartsWith('/') && !url.Any(char.IsWhiteSpace), url));
    }

    [Fact]
    public void A_listed_url_dies_when_neither_built_nor_redirected_to_a_built_one()
    {
        var output = Path.Combine(site.Root, "dead-url-check");
        Directory.CreateDirectory(Path.Combine(output, "moi"));
        File.WriteAllText(Path.Combine(output, "moi", "index.html"), "");
        File.WriteAllText(Path.Combine(output, "_redirects"), "/chuyen/ /moi/ 301\n/chuyen-hong /khong-co/ 301\n/ra-ngoai/ https://example.org/ 302\n");

        var dead = PublishedUrls.Dead(["/moi/", "/chuyen/", "/chuyen", "/ra-ngoai/", "/chuyen-hong/", "/bo-di/"], output);

        Assert.Equal(
            ["/chuyen-hong/ (content/_redirects line 2 sends it to /khong-co/, which is not built either)", "/bo-di/ (no longer built, and no line of content/_redirects sends it anywhere)"],
            dead);
    }
}
