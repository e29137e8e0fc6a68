using HaiPhongUrban.Portal.Serving;
using HaiPhongUrban.Portal.Tests.Support;
using Microsoft.Playwright;

namespace HaiPhongUrban.Portal.Tests.Browser;

/// <summary>
/// The real content and theme built once, served like Netlify serves it, and one Chromium for every
/// browser test (xunit collection fixture, disposed at the end). Each check opens its own context, so
/// no cookie, storage or focus state leaks from one page to the next. A subclass may lay a fixture over
/// the real content (<see cref="PlanningBrowserSite"/>: a plan with a boundary, so the maps are checked).
/// </summary>
public class BrowserSite : IAsyncLifetime
{
    /// <summary>
    /// Debian's Chromium, kept off the network: every host but the test server resolves to nothing, and
    /// background fetches (updates, sync, component downloads) are off.
    /// </summary>
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync", "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
    ];

    private readonly Workspace _workspace = Workspace.Create();

    public BrowserSite()
    {
    }

    /// <param name="fixture">A folder of tests/fixtures/ laid over the real content before the build.</param>
    protected BrowserSite(string fixture) => _workspace.Overlay(Path.Combine(RepoPaths.Fixtures, fixture));

    /// <summary>The built site's folder, for the checks that read files (the Nu checker).</summary>
    public string Output => _workspace.Output;
    private SiteServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public SiteServer Server => _server ?? throw new InvalidOperationException("The site was not served.");

    /// <summary>The shared Chromium; on a machine without it, the reason and how to install it.</summary>
    public IBrowser Browser => _browser ?? throw new InvalidOperationException(CheckerTools.ChromiumMissing ?? "Chromium did not start.");

    /// <summary>The address of every HTML file of the output, as a visitor asks for it (<c>x/index.html</c> is <c>/x/</c>).</summary>
    public IReadOnlyList<string> PageUrls { get; private set; } = [];

    public async Task InitializeAsync()
    {
        var errors = Runs.Errors(Runs.Build(_workspace), _workspace.Root);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("The real site does not build:\n" + string.Join('\n', errors));
        }

        PageUrls = Directory.EnumerateFiles(_workspace.Output, "*.html", SearchOption.AllDirectories)
            .Select(file => BuiltSite.UrlOf(_workspace.Output, file)).Order(StringComparer.Ordinal).ToList();
        _server = await SiteServer.StartAsync(PublishedSite.Read(_workspace.Output), NetlifyHeaderRules.Load(Path.Combine(RepoPaths.Root, "netlify.toml")));

        // Without Chromium the tests skip (or, on CI, fail with the reason): the fixture must not throw first.
        if (CheckerTools.ChromiumMissing is null)
        {
            Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
            _playwright = await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = CheckerTools.ChromiumPath,
                Headless = true,
                Args = ChromiumArgs,
            });
        }
    }

    /// <summary>A fresh context and page at <paramref name="path"/>, listening for errors from before the first byte.</summary>
    public Task<PageSession> OpenAsync(string path, int width, int height) =>
        PageSession.OpenAsync(Browser, Server.Url(path), width, height);

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _workspace.Dispose();
    }
}
