using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using HaiPhongUrban.Portal.Content;
using HaiPhongUrban.Portal.Diagnostics;
using HaiPhongUrban.Portal.Loading;

namespace HaiPhongUrban.Portal.Tests.Browser;

/// <summary>
/// Serves a built output folder on 127.0.0.1 (a free port) the way Netlify does: <c>/x/</c> is
/// <c>x/index.html</c>, a folder without its '/' is redirected to it, anything missing is a 404 with the
/// body of <c>/404.html</c>, the rules of the published <c>_redirects</c> apply where no file answers (or
/// always, when forced with '!'), and every response carries the headers netlify.toml declares for its path.
/// So the browser meets the real Content-Security-Policy: an inline script or style is blocked here too.
/// </summary>
public sealed class StaticSiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StaticSiteServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>The site's root, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Address { get; }

    public static async Task<StaticSiteServer> StartAsync(string root, NetlifyHeaderRules rules)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        // Port 0: the system picks a free port, read back below once Kestrel listens.
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var fullRoot = Path.GetFullPath(root);
        var redirectsFile = Path.Combine(fullRoot, "_redirects");
        var redirects = File.Exists(redirectsFile)
            ? LoadRedirects.Parse(redirectsFile, File.ReadAllText(redirectsFile), new DiagnosticBag())
            : [];
        app.Run(context => Serve(context, fullRoot, rules, redirects));
        await app.StartAsync();
        var address = app.Urls.Single();
        return new StaticSiteServer(app, new Uri(address + "/"));
    }

    public Uri Url(string path) => new(Address, path);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static async Task Serve(HttpContext context, string root, NetlifyHeaderRules rules, IReadOnlyList<RawRedirect> redirects)
    {
        var request = context.Request;
        var response = context.Response;
        var path = request.Path.Value ?? "/";
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = (int)HttpStatusCode.MethodNotAllowed;
            return;
        }

        var file = path.EndsWith('/') ? Resolve(root, path + "index.html") : Resolve(root, path);
        var redirect = redirects.FirstOrDefault(r => r.Matches(path));
        var folder = !path.EndsWith('/') && Resolve(root, path + "/index.html") is not null;
        if (redirect is not null && ((file is null && !folder) || redirect.Force))
        {
            if (redirect.Status != (int)HttpStatusCode.OK)
            {
                response.StatusCode = redirect.Status;
                response.Headers.Location = redirect.To;
                return;
            }

            // 200: Netlify shows the new address's content at the old one.
            path = redirect.To.Split('#')[0];
            file = path.EndsWith('/') ? Resolve(root, path + "index.html") : Resolve(root, path);
        }

        if (file is null && !path.EndsWith('/') && Resolve(root, path + "/index.html") is not null)
        {
            response.StatusCode = (int)HttpStatusCode.MovedPermanently;
            response.Headers.Location = path + "/" + request.QueryString;
            return;
        }

        var status = HttpStatusCode.OK;
        if (file is null)
        {
            status = HttpStatusCode.NotFound;
            file = Resolve(root, "/404.html");
        }

        response.StatusCode = (int)status;
        // Rules apply to the address asked for, as on Netlify, also when the body is 404.html.
        var headers = rules.For(path);
        foreach (var (name, value) in headers)
        {
            response.Headers.Append(name, value);
        }

        if (file is null)
        {
            return;
        }

        if (!headers.Any(h => string.Equals(h.Key, "Content-Type", StringComparison.OrdinalIgnoreCase)))
        {
            response.ContentType = MediaTypes.Of(file);
        }

        response.ContentLength = new FileInfo(file).Length;
        if (HttpMethods.IsGet(request.Method))
        {
            await response.SendFileAsync(file);
        }
    }

    /// <summary>The file a URL path names inside <paramref name="root"/>, or null when there is none or it would leave the root.</summary>
    private static string? Resolve(string root, string path)
    {
        var full = Path.GetFullPath(Path.Combine(root, path.TrimStart('/')));
        // Netlify reads _redirects but never serves it.
        return full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(full)
            && full != Path.Combine(root, "_redirects") ? full : null;
    }
}
