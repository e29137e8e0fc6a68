using System.Text.RegularExpressions;
using HaiPhongUrban.Portal.Rendering;
using HaiPhongUrban.Portal.Sections.Conclusion.Model;
using HaiPhongUrban.Portal.Sections.Datasets.Model;
using HaiPhongUrban.Portal.Tests.Searching;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace HaiPhongUrban.Portal.Tests.Browser;

/// <summary>
/// The search page in Chromium, under the live CSP: typing, submitting, linking a result list, the
/// relevance table through the real page, keyboard use, axe on the results, and the page without script.
/// </summary>
[Collection(BrowserSiteCollection.Name)]
public sealed class SearchInBrowserTests(BrowserSite site, ITestOutputHelper output)
{
    private const string ResultLinks = "#search-results li h2 a";

    [BrowserFact]
    public async Task Typing_quy_hoach_do_thi_reaches_a_paragraph_holding_quy_hoạch_and_đô_thị()
    {
        await using var session = await site.OpenAsync(SiteRoutes.Search, 1280, 900);
        var page = session.Page;

        await page.Locator("#q").PressSequentiallyAsync("quy hoach do thi", new LocatorPressSequentiallyOptions { Delay = 40 });
        // Results appear while typing ("qu" already finds paragraphs), so wait for the address of the
        // whole query, which the page writes with the results of that query; a timeout fails the test.
        // The address is polled rather than awaited as a navigation: the page changes it with replaceState,
        // and on a busy two-core machine a wait for that event once ran out twice in a row while the
        // address had been right all along (the same test passed at once on an idle one).
        await Expect(page).ToHaveURLAsync(new Regex("/tim-kiem/\\?q=quy\\+hoach\\+do\\+thi$"), new() { Timeout = 60_000 });
        var paragraph = page.Locator(ResultLinks + "[href^='/ket-luan/#']").First;
        await paragraph.WaitForAsync();
        Assert.True(await page.Locator("#search-results mark").CountAsync() > 0, "no highlighted word");

        var href = (await paragraph.GetAttributeAsync("href"))!;
        await paragraph.ClickAsync();
        await page.WaitForURLAsync(site.Server.Url(href).ToString());
        var reached = await page.Locator(":target").InnerTextAsync();
        output.WriteLine($"«quy hoach do thi» → {href}: {reached[..Math.Min(reached.Length, 120)]}…");

        Assert.Contains("quy hoạch", reached, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("đô thị", reached, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(session.Errors);
    }

    [BrowserFact]
    public async Task The_header_box_submits_to_the_search_page_whose_address_can_be_shared()
    {
        string first;
        await using (var session = await site.OpenAsync(SiteRoutes.Home, 1280, 900))
        {
            var page = session.Page;
            await page.Locator("header input[name=q]").FillAsync("nha o xa hoi");
            await page.Keyboard.PressAsync("Enter");
            // Wait for what the reader waits for, the results, which only the search page shows; waiting
            // for the navigation itself timed out now and then when the page's own replaceState of the
            // same address raced Playwright's load wait.
            var firstResult = page.Locator(ResultLinks).First;
            await firstResult.WaitForAsync();
            Assert.EndsWith("/tim-kiem/?q=nha+o+xa+hoi", page.Url, StringComparison.Ordinal);
            first = (await firstResult.GetAttributeAsync("href"))!;
            Assert.Empty(session.Errors);
        }

        // Opened afresh from the address alone, the list is the same.
        await using var shared = await site.OpenAsync("/tim-kiem/?q=nha+o+xa+hoi", 1280, 900);
        Assert.Equal("nha o xa hoi", await shared.Page.Locator("#q").InputValueAsync());
        Assert.Equal(first, await shared.Page.Locator(ResultLinks).First.GetAttributeAsync("href"));
        Assert.Equal("/ket-luan/#nhiem-vu-5", first);
    }

    [BrowserFact]
    public async Task Every_query_of_the_relevance_table_ranks_the_same_in_the_browser()
    {
        await using var session = await site.OpenAsync(SiteRoutes.Search, 1280, 900);
        var page = session.Page;
        var misses = new List<string>();

        foreach (var row in RelevanceTable.Rows())
        {
            await page.Locator("#q").FillAsync(row.Query);
            await Expect(page.Locator("#search-status")).ToContainTextAsync($"«{row.Query}»");
            var top = new List<string>();
            foreach (var link in (await page.Locator(ResultLinks).AllAsync()).Take(row.Within))
            {
                top.Add((await link.GetAttributeAsync("href"))!);
            }

            output.WriteLine($"«{row.Query}» → {string.Join(", ", top)}");
            if (!top.Contains(row.Expected))
            {
                misses.Add($"«{row.Query}»: expected {row.Expected} within {row.Within}, got {string.Join(", ", top)}");
            }
        }

        Assert.Empty(misses);
        Assert.Empty(session.Errors);
    }

    [BrowserFact]
    public async Task Results_pass_axe_and_are_reached_and_followed_by_keyboard()
    {
        await using var session = await site.OpenAsync("/tim-kiem/?q=thoat+nuoc", 1280, 900);
        var page = session.Page;
        await page.Locator(ResultLinks).First.WaitForAsync();

        Assert.Empty(await AxeAudit.ViolationsAsync(page));

        await page.Locator("#q").FocusAsync();
        await page.Keyboard.PressAsync("Tab"); // the submit button
        await page.Keyboard.PressAsync("Tab"); // the first result
        var focused = await page.EvaluateAsync<string>("document.activeElement.getAttribute('href')");
        Assert.Equal("/ket-luan/#han-che-4", focused);
        // The wait is armed before the key is pressed and ends when the navigation commits, so a fast
        // navigation is not missed; the full text then gets a minute to load on a busy two-core machine
        // before its errors are read.
        var arrived = page.WaitForURLAsync("**/ket-luan/#han-che-4", new() { WaitUntil = WaitUntilState.Commit });
        await page.Keyboard.PressAsync("Enter");
        await arrived;
        await PageLoaded.WaitAsync(page, 60_000);
        Assert.Empty(session.Errors);
    }

    [BrowserFact]
    public async Task Without_javascript_the_page_says_so_and_offers_the_contents_and_the_catalogue()
    {
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Server.Url("/tim-kiem/?q=quy+hoach").ToString());

        var notice = page.Locator(".search-no-script");
        await Expect(notice).ToBeVisibleAsync();
        await Expect(notice).ToContainTextAsync("JavaScript");
        Assert.Equal(ConclusionRoutes.FullTextContents, await notice.Locator("a").Nth(0).GetAttributeAsync("href"));
        Assert.Equal(DatasetRoutes.Datasets, await notice.Locator("a").Nth(1).GetAttributeAsync("href"));
    }
}
