using HaiPhongUrban.Portal.Tests.Support;
using Microsoft.Playwright;

namespace HaiPhongUrban.Portal.Tests.Browser;

/// <summary>
/// The live preview in Chromium, under netlify.toml's Content-Security-Policy: a page open in the browser
/// reloads by itself when its file is saved, shows the problem panel (focused, accessible) when the content
/// breaks, and drops it when fixed; nobody touches the browser in between.
/// </summary>
[Collection(BrowserSiteCollection.Name)]
public sealed class LivePreviewInBrowserTests(BrowserSite site)
{
    private static readonly float Patience = 30_000;

    [BrowserFact]
    public async Task An_open_page_reloads_itself_after_a_save_and_shows_then_drops_the_problem_panel()
    {
        using var workspace = Workspace.Create().WithNetlifyConfig();
        await using var serve = await ServeProcess.StartAsync(workspace.Root);
        await using var session = await PageSession.OpenAsync(site.Browser, new Uri(serve.Address, "/gioi-thieu/"), 1280, 900);
        var page = session.Page;
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("Giới thiệu và nguồn gốc");
        // The page is listening: the event stream is open before anything is saved.
        await Assertions.Expect(page.Locator("html[data-portal-preview=listening]")).ToHaveCountAsync(1, new() { Timeout = Patience });

        workspace.Edit("content/pages/gioi-thieu.md", "title: Giới thiệu và nguồn gốc", "title: Giới thiệu, nguồn gốc và đính chính");
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("Giới thiệu, nguồn gốc và đính chính", new() { Timeout = Patience });

        workspace.Edit("content/pages/gioi-thieu.md", "layout: about", "layout: [about");
        var heading = page.Locator("#portal-preview-problems-title");
        await Assertions.Expect(heading).ToBeVisibleAsync(new() { Timeout = Patience });
        await Assertions.Expect(heading).ToBeFocusedAsync();
        // The page was at its top when saved: after the reload the panel, above everything, is in view,
        // not pushed above the screen by the scroll position the browser restores.
        await Assertions.Expect(heading).ToBeInViewportAsync();
        Assert.True(await page.EvaluateAsync<double>("() => document.getElementById('portal-preview-problems-title').getBoundingClientRect().top") >= 0);
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Nội dung có lỗi: site chưa được dựng lại" })).ToContainTextAsync("content/pages/gioi-thieu.md:");
        Assert.Empty(await AxeAudit.ViolationsAsync(page));

        workspace.Edit("content/pages/gioi-thieu.md", "layout: [about", "layout: about");
        await Assertions.Expect(heading).ToHaveCountAsync(0, new() { Timeout = Patience });
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("Giới thiệu, nguồn gốc và đính chính");

        // No CSP violation, script error or error status along the way. Each reload cancels what the old
        // page still had open (its event stream, the check of its own address): those end ERR_ABORTED.
        var errors = session.Errors.Where(e => !(e.StartsWith("request failed: ", StringComparison.Ordinal) && e.EndsWith("(net::ERR_ABORTED)", StringComparison.Ordinal))).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}
