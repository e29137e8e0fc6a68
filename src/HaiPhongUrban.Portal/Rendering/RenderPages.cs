using HaiPhongUrban.Portal.Kernel.Urls;
using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Kernel.Output;
using HaiPhongUrban.Portal.Rendering.Views;
using HaiPhongUrban.Portal.Sections;
using System.Buffers;
using System.Net;
using System.Text;

namespace HaiPhongUrban.Portal.Rendering;

/// <summary>
/// Stage 6, render: every page through its layout, in parallel, each written to the sink as soon as
/// it is done so memory stays flat however many pages there are. Only each page's links and anchors
/// are kept, for the link check that follows. <c>pagesDone</c> hears how many pages are done, rendered
/// or failed, from whichever thread finished one, for the console's progress display. Each page's links
/// are written as <c>links</c> says (<see cref="PageLinks"/>) before the page is written and its links kept.
/// </summary>
public static class RenderPages
{
    public const string BaseLayout = "base";

    public static IReadOnlyList<RenderedLinks> Run(
        IReadOnlyList<PageToRender> pages,
        TemplateEngine engine,
        SiteView site,
        IReadOnlyDictionary<string, object> strings,
        IOutputSink sink,
        DiagnosticBag diagnostics,
        LinkMode links,
        Action<int>? pagesDone = null)
    {
        var results = new RenderedLinks?[pages.Count];
        var done = 0;
        var shared = new SharedAttributes();
        Parallel.For(0, pages.Count, index =>
        {
            var page = pages[index];
            if (Render(page, engine, site, strings, diagnostics, links, shared) is { } rendered)
            {
                WriteUtf8(sink, UrlPath.OutputFile(page.Url), rendered.Html);
                results[index] = new RenderedLinks(page.Url, page.SourcePath, rendered.Links, Ids(rendered.Html, shared));
            }

            pagesDone?.Invoke(Interlocked.Increment(ref done));
        });

        return results.OfType<RenderedLinks>().ToList();
    }

    /// <summary>
    /// The pages a <c>serve</c> rebuild does not render now: each left to the sink to render when the browser
    /// asks for it (<see cref="IOutputSink.WriteLater"/>), from the same model, templates and link mode, so it
    /// is the page <see cref="Run"/> would have written. A template error met then has no build to report to,
    /// so the page itself says it, the way the preview's problem panel would.
    /// </summary>
    public static void Later(
        IEnumerable<PageToRender> pages,
        TemplateEngine engine,
        SiteView site,
        IReadOnlyDictionary<string, object> strings,
        IOutputSink sink,
        LinkMode links)
    {
        foreach (var page in pages)
        {
            sink.WriteLater(UrlPath.OutputFile(page.Url), () =>
            {
                var own = new DiagnosticBag();
                return Render(page, engine, site, strings, own, links) is { } rendered
                    ? Encoding.UTF8.GetBytes(rendered.Html)
                    : Encoding.UTF8.GetBytes($"<!doctype html><title>{WebUtility.HtmlEncode(page.Url)}</title><pre>{WebUtility.HtmlEncode(string.Join('\n', own.Sorted().Select(d => d.Text(UiLanguage.Vietnamese))))}</pre>");
            });
        }
    }

    /// <summary>
    /// The page's UTF-8 bytes written from a buffer lent for the write: an array of each of 10,000 pages, used
    /// once and dropped, was a tenth of what the render allocated.
    /// </summary>
    private static void WriteUtf8(IOutputSink sink, string path, string html)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(html.Length));
        try
        {
            sink.Write(path, buffer.AsSpan(0, Encoding.UTF8.GetBytes(html, buffer)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The page through its layout, its HTML and links as <paramref name="links"/> writes them; null (reported) when a template fails.</summary>
    private static (string Html, IReadOnlyList<RenderedLink> Links)? Render(
        PageToRender page,
        TemplateEngine engine,
        SiteView site,
        IReadOnlyDictionary<string, object> strings,
        DiagnosticBag diagnostics,
        LinkMode links,
        SharedAttributes? shared = null)
    {
        string html;
        try
        {
            html = engine.Render(page, site, strings);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Templates are content staff edit: whatever goes wrong in one (a typo caught by strict
            // variables, an unknown partial, a division by zero) is their error to fix, not a crash.
            diagnostics.Error(SourceLocation.StartOf(engine.LayoutPath(page.Layout)), Messages.TemplateRender, page.Url, FirstLine(ex.Message));
            return null;
        }

        return PageLinks.Write(html, page.Url, links, shared);
    }

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();

    private static readonly string[] IdName = ["id"];

    /// <summary>The page's ids as its HTML holds them, decoded, each shared with the pages that have it too.</summary>
    private static List<string> Ids(string html, SharedAttributes shared)
    {
        var ids = new List<string>();
        foreach (var id in HtmlAttributes.Find(html, IdName))
        {
            ids.Add(shared.Id(id.ValueIn(html)));
        }

        return ids;
    }
}
