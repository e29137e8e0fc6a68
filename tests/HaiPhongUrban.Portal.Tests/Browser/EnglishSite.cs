using HaiPhongUrban.Portal.Serving;
using HaiPhongUrban.Portal.Tests.Support;

namespace HaiPhongUrban.Portal.Tests.Browser;

/// <summary>
/// The real content built with <c>language: en</c> and served like Netlify serves it, for the browser
/// tests of the English interface; they borrow <see cref="BrowserSite"/>'s Chromium.
/// </summary>
public sealed class EnglishSite : IAsyncLifetime
{
    private readonly Workspace _workspace = Workspace.Create();
    private SiteServer? _server;

    public SiteServer Server => _server ?? throw new InvalidOperationException("The English site was not served.");

    public async Task InitializeAsync()
    {
        _workspace.UseInterfaceLanguage("en");
        var errors = Runs.Errors(Runs.Build(_workspace), _workspace.Root);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("The real site does not build in English:\n" + string.Join('\n', errors));
        }

        _server = await SiteServer.StartAsync(PublishedSite.Read(_workspace.Output), NetlifyHeaderRules.Load(Path.Combine(RepoPaths.Root, "netlify.toml")));
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _workspace.Dispose();
    }
}
