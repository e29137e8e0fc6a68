using Xunit.Abstractions;

namespace HaiPhongUrban.Portal.Tests.Browser;

/// <summary>
/// The English interface in Chromium under the live headers: one page of each kind, where English
/// interface words and Vietnamese content meet, through axe (its rules on lang values included), at
/// 320 px and with a clean console. Search results are written by the script: their words must carry
/// the content's language too.
/// </summary>
[Collection(BrowserSiteCollection.Name)]
public sealed class EnglishPagesTests(BrowserSite browser, EnglishSite english, ITestOutputHelper output) : IClassFixture<EnglishSite>
{
    private const string SearchWithResults = "/tim-kiem/?q=quy%20hoach%20do%20thi";

    private static readonly string[] Pages =
    [
        "/", "/ket-luan/", "/ket-luan/han-che-5/", "/van-ban/", "/van-ban/nghi-quyet-09-nq-dh/", "/du-lieu/",
        "/du-lieu/chu-de/quy-hoach/", "/du-lieu/theo-doi-thuc-hien/", "/gioi-thieu/", "/lien-ket/", "/moc-thoi-gian/", "/theo-doi/", "/ket-luan/nhiem-vu-2/", SearchWithResults,
    ];

    [BrowserFact]
    public async Task English_pages_pass_axe_fit_320px_and_log_no_errors()
    {
        var problems = new List<string>();
        foreach (var url in Pages)
        {
            await using var session = await PageSession.OpenAsync(browser.Browser, english.Server.Url(url), 320, 640);
            if (url == SearchWithResults)
            {
                await session.Page.Locator("#search-results li").First.WaitForAsync();
            }

            var language = await session.Page.EvaluateAsync<string>("() => document.documentElement.lang");
            var violations = await AxeAudit.ViolationsAsync(session.Page);
            var overflow = await SidewaysScroll.ProblemAsync(session.Page);
            output.WriteLine($"{url}: lang={language}, {violations.Count} axe violations, {(overflow is null ? "no sideways scroll" : "SIDEWAYS SCROLL")} at 320px, {session.Errors.Count} console errors");

            problems.AddRange(violations.Select(v => $"{url}: axe {v}"));
            problems.AddRange((overflow is null ? [] : new[] { overflow }).Concat(session.Errors).Select(p => $"{url}: {p}"));
            if (session.Status != 200 || language != "en")
            {
                problems.Add($"{url}: HTTP {session.Status}, lang={language}");
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [BrowserFact]
    public async Task Search_results_mark_the_words_they_quote_as_vietnamese()
    {
        await using var session = await PageSession.OpenAsync(browser.Browser, english.Server.Url(SearchWithResults), 1280, 900);
        var page = session.Page;
        await page.Locator("#search-results li").First.WaitForAsync();

        // Each result's title link, its context and its snippet hold the index's (Vietnamese) words; the
        // kind of result and the status line are interface words.
        var unmarked = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('#search-results li')].flatMap(li => {
              const quoted = [li.querySelector('h2 a'), li.querySelector('.search-meta span'), li.querySelector('.search-snippet')].filter(e => e);
              return quoted.filter(e => e.closest('[lang]').lang !== 'vi').map(e => e.textContent);
            })
            """);
        var status = await page.Locator("#search-status").InnerTextAsync();

        Assert.Empty(unmarked);
        Assert.Matches(@"^\d+ results for «quy hoach do thi»", status);
        Assert.Empty(session.Errors);
    }
}
