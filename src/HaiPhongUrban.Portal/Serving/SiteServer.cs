using HaiPhongUrban.Portal.Kernel.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HaiPhongUrban.Portal.Serving;

/// <summary>
/// Kestrel on 127.0.0.1 only (nothing on the network can reach a preview), answering as Netlify would
/// (<see cref="NetlifyAnswers"/>). Used two ways: the live preview of <c>serve</c>, whose pages carry the
/// reload script and the problem panel; and a plain server of a built folder for the browser tests.
/// </summary>
public sealed class SiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SiteServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>The site's root, e.g. <c>http://127.0.0.1:8080/</c>.</summary>
    public Uri Address { get; }

    /// <summary>Cancelled when the server begins to stop, e.g. on Ctrl+C (SIGINT) or SIGTERM.</summary>
    public CancellationToken Stopping => _app.Lifetime.ApplicationStopping;

    public Uri Url(string path) => new(Address, path);

    /// <summary>Serves <paramref name="site"/> as it is, on a free port.</summary>
    public static Task<SiteServer> StartAsync(PublishedSite site, NetlifyHeaderRules rules) =>
        StartAsync(0, context => Send(context, NetlifyAnswers.For(Path(context), context.Request.QueryString.Value ?? "", site, rules), decorate: null));

    /// <summary>
    /// Serves the preview's current site on <paramref name="port"/> (0: a free one), with its script and,
    /// while the latest build failed, the problem panel in <paramref name="language"/>, paths shown
    /// relative to <paramref name="workingDirectory"/> as in the terminal.
    /// </summary>
    public static Task<SiteServer> StartPreviewAsync(int port, LivePreview preview, NetlifyHeaderRules rules, UiLanguage language, string workingDirectory) =>
        StartAsync(port, async context =>
        {
            var path = Path(context);
            if (path == PreviewPage.EventsUrl)
            {
                await SendBuildEvents(context, preview);
                return;
            }

            var state = preview.Current;
            if (PreviewPage.Asset(path) is { } asset)
            {
                await Send(context, new SiteAnswer((int)HttpStatusCode.OK, [new("Cache-Control", "no-store")], FilePath: path, Body: asset), decorate: null);
                return;
            }

            var answer = NetlifyAnswers.For(path, context.Request.QueryString.Value ?? "", state.Site, rules);
            var problems = state.Failed ? ProblemPanel.Html(state, language, workingDirectory) : null;
            if (answer.Body is null && answer.Location is null && problems is not null)
            {
                // No build has succeeded yet: a page of the problems, not a dead one, sent as a page (hence
                // the .html name) so that it carries the reload script, but with no panel added twice.
                var page = System.Text.Encoding.UTF8.GetBytes(ProblemPanel.Page(state, language, workingDirectory));
                answer = answer with { Status = (int)HttpStatusCode.ServiceUnavailable, FilePath = "/index.html", Body = page };
                problems = string.Empty;
            }

            await Send(context, answer, answer.IsPage ? problems ?? string.Empty : null);
        });

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static async Task<SiteServer> StartAsync(int port, RequestDelegate handler)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        app.Run(context =>
            HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
                ? handler(context)
                : Refuse(context));
        await app.StartAsync();
        return new SiteServer(app, new Uri(app.Urls.Single() + "/"));
    }

    private static string Path(HttpContext context) => context.Request.Path.Value is { Length: > 0 } path ? path : "/";

    private static Task Refuse(HttpContext context)
    {
        context.Response.StatusCode = (int)HttpStatusCode.MethodNotAllowed;
        return Task.CompletedTask;
    }

    /// <summary>
    /// Writes <paramref name="answer"/>. With <paramref name="decorate"/> (the panel's HTML, empty when there
    /// is none) a page gets the preview's additions; its ETag then covers them too, so a page whose panel
    /// came or went counts as changed.
    /// </summary>
    private static async Task Send(HttpContext context, SiteAnswer answer, string? decorate)
    {
        var response = context.Response;
        response.StatusCode = answer.Status;
        foreach (var (name, value) in answer.Headers)
        {
            response.Headers.Append(name, value);
        }

        if (answer.Location is not null)
        {
            response.Headers.Location = answer.Location;
            return;
        }

        if (answer.Body is null)
        {
            return;
        }

        var body = answer.Body;
        var etag = PublishedSite.Fingerprint(body);
        if (decorate is not null)
        {
            etag += "-" + PublishedSite.Fingerprint(System.Text.Encoding.UTF8.GetBytes(decorate));
            body = PreviewPage.Decorate(body, decorate.Length == 0 ? null : decorate, etag);
            response.Headers.CacheControl = "no-store";
        }

        if (!answer.Headers.Any(h => string.Equals(h.Key, "Content-Type", StringComparison.OrdinalIgnoreCase)))
        {
            response.ContentType = answer.ContentType;
        }

        response.Headers.ETag = $"\"{etag}\"";
        response.ContentLength = body.Length;
        if (HttpMethods.IsGet(context.Request.Method))
        {
            await response.Body.WriteAsync(body, context.RequestAborted);
        }
    }

    /// <summary>
    /// Server-sent events: one "build" event at once (a page that reconnects after a restart checks itself
    /// too) and one after every build, until the page closes or the server stops.
    /// </summary>
    private static async Task SendBuildEvents(HttpContext context, LivePreview preview)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        var stopping = context.RequestServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        using var done = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        try
        {
            while (true)
            {
                var next = preview.NextBuild;
                await response.WriteAsync($"event: build\ndata: {preview.Current.Version}\n\n", done.Token);
                await response.Body.FlushAsync(done.Token);
                await next.WaitAsync(done.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The page closed, or the server is stopping: both end the stream.
        }
    }
}
