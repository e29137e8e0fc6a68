using HaiPhongUrban.Portal.Kernel.Urls;
using HaiPhongUrban.Portal.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HaiPhongUrban.Portal.Tests.Browser;

/// <summary>
/// The copy to open from disk (<c>build --offline</c>) in Chromium over file://, as a reader opens it from a
/// USB stick: styled, its links lead to pages, and its search page says that search needs the site served.
/// </summary>
[Collection(BrowserSiteCollection.Name)]
public sealed class DiskCopyInBrowserTests(BrowserSite site)
{
    private static readonly float Patience = 60_000;

    [BrowserFact]
    public async Task Opened_from_disk_the_copy_is_styled_its_links_lead_to_pages_and_search_says_it_needs_a_server()
    {
        using var workspace = Workspace.Create();
        var result = Runs.Build(workspace, links: LinkMode.Disk);
        Assert.True(result.Succeeded, string.Join('\n', Runs.Errors(result, workspace.Root)));

        await using var session = await PageSession.OpenAsync(site.Browser, new Uri(Path.Combine(workspace.Output, "index.html")), 1280, 900);
        var page = session.Page;
        Assert.StartsWith("file:///", page.Url, StringComparison.Ordinal);
        await AssertStyledAsync(page);

        var arrived = page.WaitForURLAsync(url => url.EndsWith("/output/ket-luan/index.html", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit });
        await page.Locator(".site-nav a[href='ket-luan/index.html']").ClickAsync();
        await arrived;
        await PageLoaded.WaitAsync(page, Patience);
        await Expect(page.Locator("main h1")).ToBeVisibleAsync();
        await AssertStyledAsync(page);

        // The header's search box still leads to the search page, which tells why there is no search.
        await page.Locator("header input[name=q]").FillAsync("quy hoach");
        arrived = page.WaitForURLAsync(url => url.EndsWith("/output/tim-kiem/index.html?q=quy+hoach", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit });
        await page.Keyboard.PressAsync("Enter");
        await arrived;
        await Expect(page.Locator("main .card")).ToContainTextAsync("tìm kiếm chỉ chạy khi cổng được phục vụ qua máy chủ web", new() { Timeout = Patience });

        arrived = page.WaitForURLAsync(url => url.EndsWith("/output/du-lieu/index.html", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit });
        await page.GetByRole(AriaRole.Link, new() { Name = "Danh mục dữ liệu mở" }).ClickAsync();
        await arrived;
        await PageLoaded.WaitAsync(page, Patience);
        await AssertStyledAsync(page);
        Assert.Empty(session.Errors);
    }

    /// <summary>The stylesheet applied: the skip link, on every page, is taken out of the flow, as site.css alone does.</summary>
    private static async Task AssertStyledAsync(IPage page) =>
        Assert.Equal("absolute", await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.skip-link')).position"));
}
