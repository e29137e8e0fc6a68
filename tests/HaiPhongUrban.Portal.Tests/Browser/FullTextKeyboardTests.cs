using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace HaiPhongUrban.Portal.Tests.Browser;

/// <summary>
/// The full text of the Conclusion with the keyboard only (WCAG 2.1.1, 2.4.1, 2.4.7): the skip link comes
/// first and lands in main, the table of contents is reachable and takes the reader to the paragraph,
/// and every element focused on the way shows where focus is.
/// </summary>
[Collection(BrowserSiteCollection.Name)]
public sealed class FullTextKeyboardTests(BrowserSite site, ITestOutputHelper output)
{
    /// <summary>Focus stops checked for a visible indicator, at least; tabbing goes on until a TOC link was used.</summary>
    private const int StopsToCheck = 30;

    /// <summary>Which TOC link to press Enter on: not the first, whose target may already be on screen.</summary>
    private const int TocLinkToFollow = 5;

    [BrowserFact]
    public async Task Skip_link_table_of_contents_and_focus_indicators_work_with_the_keyboard_alone()
    {
        await using var session = await site.OpenAsync("/ket-luan/", 1280, 800);
        var page = session.Page;

        // Without the skip link: the header is reachable stop by stop, each stop visible, then main.
        var stops = new List<FocusStop> { await TabAsync(page) };
        while (!stops[^1].InMain)
        {
            Assert.True(stops.Count < 50, $"50 Tab presses did not reach main; last: {stops[^1]}");
            stops.Add(await TabAsync(page));
        }

        Assert.True(stops[0].Href == "#noi-dung", $"the first Tab reached {stops[0]}, not the skip link");
        Assert.True(stops[0].InViewport, "the focused skip link is off screen");

        // Again from the top, with the skip link: it lands in main, and the next Tab stays there.
        await page.ReloadAsync();
        Assert.Equal("#noi-dung", (await TabAsync(page)).Href);
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("#noi-dung", await page.EvaluateAsync<string>("() => location.hash"));
        Assert.True((await FocusStop.OfAsync(page)).InMain, "the skip link did not move focus into main");
        var afterSkip = await TabAsync(page);
        Assert.True(afterSkip.InMain, $"after the skip link, Tab went to {afterSkip}, outside main");
        stops.Add(afterSkip);

        string? followed = null;
        var tocLinks = 0;
        while (stops.Count < StopsToCheck || followed is null)
        {
            Assert.True(stops.Count < 200, $"no table-of-contents link within 200 Tab presses; last: {stops[^1]}");
            var stop = stops[^1];
            if (followed is null && stop.InToc && ++tocLinks == TocLinkToFollow)
            {
                followed = stop.Href;
                stops.Add(await FollowAsync(page, stop));
                continue;
            }

            stops.Add(await TabAsync(page));
        }

        foreach (var stop in stops)
        {
            output.WriteLine($"{(stop.Indicator ? "visible focus" : "NO FOCUS INDICATOR")}: {stop}");
        }

        var invisible = stops.Where(s => !s.Indicator).Select(s => s.Element).Distinct().ToList();
        Assert.True(invisible.Count == 0, "focused without a visible indicator:\n" + string.Join('\n', invisible));
        output.WriteLine($"/ket-luan/: skip link first, TOC link {followed} followed, {stops.Count} focus stops all visible");
    }

    private static async Task<FocusStop> TabAsync(IPage page)
    {
        await page.Keyboard.PressAsync("Tab");
        return await FocusStop.OfAsync(page);
    }

    /// <summary>
    /// Enter on a TOC link: the address gets its anchor and the paragraph is on screen; then the next Tab
    /// continues from the paragraph (the focus starting point moved with the jump), not from the TOC.
    /// </summary>
    private static async Task<FocusStop> FollowAsync(IPage page, FocusStop link)
    {
        var id = link.Href.Split('#')[1];
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("hash => location.hash === hash", "#" + id);
        // Its top edge on screen; scrolled flush to the top it may sit a fraction of a pixel above 0.
        var box = await page.EvaluateAsync<JsonElement>(
            "id => { const r = document.getElementById(id).getBoundingClientRect(); return { top: r.top, height: innerHeight }; }", id);
        var top = box.GetProperty("top").GetDouble();
        Assert.True(top > -1 && top < box.GetProperty("height").GetDouble(), $"{link}: after Enter the target #{id} is at {top}px, off screen");

        var next = await TabAsync(page);
        var continues = await page.EvaluateAsync<bool>(
            "id => { const t = document.getElementById(id), a = document.activeElement; return t.contains(a) || !!(t.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING); }", id);
        Assert.True(continues, $"after following {link}, Tab went to {next}, before #{id}");
        return next;
    }
}
