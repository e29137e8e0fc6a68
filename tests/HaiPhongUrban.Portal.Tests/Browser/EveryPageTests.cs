using Xunit.Abstractions;

namespace HaiPhongUrban.Portal.Tests.Browser;

/// <summary>
/// Every page of the built site, in Chromium under the live headers: no WCAG A/AA violation axe-core can
/// find, no sideways scroll on a 320 px phone, nothing in the console. All pages are checked before the
/// test fails, so one run lists every problem; each page also gets one line in the log.
/// </summary>
[Collection(BrowserSiteCollection.Name)]
public sealed class EveryPageTests(BrowserSite site, ITestOutputHelper output)
{
    /// <summary>An address nothing is published at: visitors get 404.html there, under a deeper path than its own.</summary>
    private const string MissingAddress = "/khong-co-trang-nay/o-day/";

    /// <summary>The search page once its script has written results: the one page whose content is made in the browser.</summary>
    private const string SearchWithResults = "/tim-kiem/?q=quy%20hoach%20do%20thi";

    [BrowserFact]
    public async Task Every_page_passes_axe_fits_320px_and_logs_no_errors()
    {
        var pages = site.PageUrls.Select(url => (Url: url, Status: 200))
            .Append((Url: SearchWithResults, Status: 200))
            .Append((Url: MissingAddress, Status: 404))
            .ToList();
        // One page at a time: axe is CPU-bound in Chromium (about a second a page, most of it RunAxe's own
        // set-up), and checking four at once on two cores saved under a tenth of the time.
        var reports = new List<PageReport>();
        foreach (var (url, status) in pages)
        {
            var report = await CheckAsync(url, status);
            output.WriteLine(report.Line);
            reports.Add(report);
        }

        var failures = reports.SelectMany(r => r.Problems.Select(p => $"{r.Url}: {p}")).ToList();
        Assert.True(pages.Count > 30, $"only {pages.Count} pages found");
        Assert.True(failures.Count == 0, $"{failures.Count} problems on {pages.Count} pages:\n" + string.Join('\n', failures));
    }

    /// <summary>One page at 320×640: axe first (mobile first, the layout most visitors get), then its width, then the errors it logged meanwhile.</summary>
    private async Task<PageReport> CheckAsync(string url, int expectedStatus)
    {
        await using var session = await site.OpenAsync(url, 320, 640);
        if (url == SearchWithResults)
        {
            await session.Page.Locator("#search-results li").First.WaitForAsync();
        }

        var violations = await AxeAudit.ViolationsAsync(session.Page);
        var overflow = await SidewaysScroll.ProblemAsync(session.Page);
        var errors = session.Errors;

        var problems = new List<string>();
        if (session.Status != expectedStatus)
        {
            problems.Add($"HTTP {session.Status}, expected {expectedStatus}");
        }

        problems.AddRange(violations.Select(v => "axe " + v));
        problems.AddRange(overflow is null ? [] : [overflow]);
        problems.AddRange(errors);
        var line = $"{url}: {violations.Count} axe violations, {(overflow is null ? "no sideways scroll" : "SIDEWAYS SCROLL")} at 320px, {errors.Count} console errors";
        return new PageReport(url, line, problems);
    }

    private sealed record PageReport(string Url, string Line, IReadOnlyList<string> Problems);
}
