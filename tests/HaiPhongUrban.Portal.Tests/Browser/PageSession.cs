using Microsoft.Playwright;

namespace HaiPhongUrban.Portal.Tests.Browser;

/// <summary>
/// One page opened in its own browser context, with everything that went wrong while it loaded and ran:
/// console errors (Chromium reports CSP violations there), uncaught exceptions, failed requests and
/// subresources answered with a status of 400 or more. The document's own status is <see cref="Status"/>.
/// </summary>
public sealed class PageSession : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly List<string> _errors = [];

    private PageSession(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
    }

    public IPage Page { get; }

    /// <summary>The HTTP status of the document itself.</summary>
    public int Status { get; private set; }

    /// <summary>What went wrong so far, one readable line each; events arrive on Playwright's thread, hence the copy.</summary>
    public IReadOnlyList<string> Errors
    {
        get
        {
            lock (_errors)
            {
                return [.. _errors];
            }
        }
    }

    public static async Task<PageSession> OpenAsync(IBrowser browser, Uri url, int width, int height)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "vi-VN",
        });
        var session = new PageSession(context, await context.NewPageAsync());
        session.Listen(url);
        var response = await session.Page.GotoAsync(url.ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        session.Status = response?.Status ?? 0;
        return session;
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();

    private void Listen(Uri url)
    {
        var page = Page;
        page.Console += (_, message) =>
        {
            // The document's own 404 (the not-found page) is logged too; its status is checked on its own.
            var aboutDocument = message.Location.StartsWith(url.ToString() + ":", StringComparison.Ordinal) && message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal);
            if (message.Type == "error" && !aboutDocument)
            {
                Add($"console error: {message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => Add($"page error: {error}");
        page.RequestFailed += (_, request) => Add($"request failed: {request.Url} ({request.Failure})");
        page.Response += (_, response) =>
        {
            var isDocument = response.Request.IsNavigationRequest && response.Frame == page.MainFrame;
            if (!isDocument && response.Status >= 400)
            {
                Add($"HTTP {response.Status}: {response.Url}");
            }
        };
    }

    private void Add(string error)
    {
        lock (_errors)
        {
            _errors.Add(error);
        }
    }
}
