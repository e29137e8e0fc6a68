using HaiPhongUrban.Portal.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace HaiPhongUrban.Portal.Tests.Browser;

/// <summary>
/// A plan's page and the registry with a boundary on them, in Chromium under the live headers (the real
/// CSP, which forbids every style attribute): no axe violation at 320 px and on a desktop, no sideways
/// scroll on a phone, nothing in the console; the maps drawn without JavaScript; the overview map's plans
/// reached with the keyboard and heard by name; and valid HTML for the Nu checker.
/// </summary>
[Collection(PlanningBrowserSiteCollection.Name)]
public sealed class PlanningPagesInBrowserTests(PlanningBrowserSite site, ITestOutputHelper output)
{
    private const string PlanName = "Quy hoạch phân khu mẫu (kiểm thử)";

    [BrowserFact]
    public async Task Plan_pages_pass_axe_fit_320px_and_log_no_errors()
    {
        var problems = new List<string>();
        foreach (var url in PlanningBrowserSite.Pages)
        {
            foreach (var width in new[] { 320, 1280 })
            {
                await using var session = await site.OpenAsync(url, width, 800);
                var violations = await AxeAudit.ViolationsAsync(session.Page);
                var overflow = width == 320 ? await SidewaysScroll.ProblemAsync(session.Page) : null;
                output.WriteLine($"{url} at {width}px: {violations.Count} axe violations, {(overflow is null ? "no sideways scroll" : "SIDEWAYS SCROLL")}, {session.Errors.Count} console errors");
                problems.AddRange(violations.Select(v => $"{url} at {width}px: axe {v}"));
                problems.AddRange(overflow is null ? [] : [$"{url}: {overflow}"]);
                problems.AddRange(session.Errors.Select(e => $"{url} at {width}px: {e}"));
                if (session.Status != 200)
                {
                    problems.Add($"{url}: HTTP {session.Status}");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [BrowserFact]
    public async Task Without_javascript_both_maps_are_drawn()
    {
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false, ViewportSize = new ViewportSize { Width = 320, Height = 800 } });
        var page = await context.NewPageAsync();

        await page.GotoAsync(site.Server.Url("/quy-hoach/phan-khu-mau/").ToString());
        var shape = await page.Locator("figure.plan-map path").BoundingBoxAsync();
        Assert.NotNull(shape);
        Assert.True(shape.Width > 100 && shape.Height > 100, $"the plan's shape is drawn {shape.Width}×{shape.Height} px");
        Assert.Equal(5, await page.Locator("#dinh-ranh-gioi ~ div tbody tr").CountAsync());

        await page.GotoAsync(site.Server.Url("/quy-hoach/").ToString());
        var link = await page.Locator("svg.plans-overview-map a").BoundingBoxAsync();
        Assert.NotNull(link);
        Assert.True(link.Width > 100, $"the overview's plan is drawn {link.Width} px wide");
    }

    [BrowserFact]
    public async Task The_overview_maps_plans_are_reached_by_keyboard_with_a_visible_focus_and_heard_by_name()
    {
        await using var session = await site.OpenAsync("/quy-hoach/", 1280, 900);
        var page = session.Page;

        // Assistive technology finds the plan twice by name: in the list, the main way in, and on the map.
        Assert.Equal(2, await page.GetByRole(AriaRole.Link, new() { Name = PlanName, Exact = true }).CountAsync());

        FocusStop? onMap = null;
        for (var i = 0; i < 80 && onMap is null; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var stop = await FocusStop.OfAsync(page);
            if (stop.Element.StartsWith("a.plan-map-link", StringComparison.Ordinal))
            {
                onMap = stop;
            }
        }

        Assert.NotNull(onMap);
        Assert.Equal("/quy-hoach/phan-khu-mau/", onMap.Href);
        Assert.True(onMap.Indicator, "the focused plan on the map shows no focus indicator");
        // Enter follows the focused link; the wait is set up before the key is pressed, so a fast load is not missed.
        var arrived = page.WaitForURLAsync("**/quy-hoach/phan-khu-mau/", new() { WaitUntil = WaitUntilState.Commit });
        await page.Keyboard.PressAsync("Enter");
        await arrived;
        await PageLoaded.WaitAsync(page, 60_000);
        Assert.Empty(session.Errors);
        Assert.EndsWith("/quy-hoach/phan-khu-mau/", page.Url, StringComparison.Ordinal);
    }

    [NuCheckerFact]
    public void Plan_pages_have_no_nu_errors()
    {
        var files = PlanningBrowserSite.Pages.Select(url => BuiltSite.FileOfIn(site.Output, url)).ToList();
        var messages = NuChecker.Check(files);
        output.WriteLine($"{files.Count} planning pages: {messages.Count} Nu errors");

        Assert.True(messages.Count == 0, string.Join('\n', messages.Select(m => $"{Path.GetRelativePath(site.Output, m.File)}:{m.Line}: {m.Message}")));
    }
}
