using HaiPhongUrban.Portal.Building;
using HaiPhongUrban.Portal.Kernel.Caching;
using HaiPhongUrban.Portal.Rendering;
using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Kernel.Output;
using System.Diagnostics;

namespace HaiPhongUrban.Portal.Serving;

/// <summary>
/// <c>serve</c>: build the site into memory, serve it, and after every save in the content or theme folder
/// build again and tell open pages, until Ctrl+C. Each rebuild runs the whole pipeline, validation included,
/// because one file can change any page (a title is quoted in menus, links and the search index), but does
/// only what the save changed: files unchanged since the last rebuild are not read again and the theme is not
/// parsed again (<see cref="WorkCache.InMemory"/>), only the pages made from the saved files are rendered at
/// once, with the link check of those and of the pages linking to them, and every other page, like the
/// search index, is rendered when the browser asks for it (<see cref="PagesToRenderNow"/>). A theme file or
/// site.yml saved rebuilds everything. Open pages reload when their bytes changed. A failed build leaves the
/// last good site served, under the problem panel. Messages go to the terminal as <c>build</c> prints them.
/// </summary>
public static class PreviewSession
{
    public static async Task<int> RunAsync(ServeRequest request, TextWriter stdout, TextWriter stderr, CancellationToken stop)
    {
        var english = request.Language == UiLanguage.English;
        var rules = LoadHeaderRules(request, stderr);
        if (rules is null)
        {
            return 1;
        }

        // Watching from before the first build: a file saved while it runs must not stay as that build read it.
        using var watcher = new ContentWatcher([request.ContentDirectory, request.ThemeDirectory]);
        var preview = new LivePreview();
        var cache = WorkCache.InMemory();
        var basis = new RebuildBasis();
        basis.Built(Build(request, preview, cache, since: null, stdout, stderr));

        SiteServer server;
        try
        {
            server = await SiteServer.StartPreviewAsync(request.Port, preview, rules, request.Language, request.WorkingDirectory);
        }
        catch (IOException ex) when (ex.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
        {
            stderr.WriteLine(english
                ? $"portal: error: port {request.Port} on 127.0.0.1 is already in use. Stop the other program, or choose another port with --port (--port 0 picks a free one)."
                : $"portal: error: cổng {request.Port} trên 127.0.0.1 đang được dùng. Hãy tắt chương trình kia, hoặc chọn cổng khác bằng --port (--port 0 để tự chọn một cổng trống).");
            return 1;
        }

        await using (server)
        {
            stdout.WriteLine(english
                ? $"Serving at {server.Address} (press Ctrl+C to stop). Saving a file in content/ or theme/ rebuilds the site and reloads open pages."
                : $"Đang phục vụ tại {server.Address} (nhấn Ctrl+C để dừng). Mỗi lần lưu một tệp trong content/ hay theme/, site được dựng lại và các trang đang mở tự tải lại.");
            stdout.Flush();

            using var stopping = CancellationTokenSource.CreateLinkedTokenSource(stop, server.Stopping);
            try
            {
                while (true)
                {
                    var changes = await watcher.NextChangesAsync(stopping.Token);
                    if (changes.Count > 0)
                    {
                        stdout.WriteLine((english ? "Changed: " : "Đã đổi: ") + string.Join(", ", changes.Select(p => Relative(request, p))));
                    }

                    // What was read of the saved files is read again, and the rebuild starts from the last build
                    // that succeeded, which is what is served.
                    cache.Forget(changes);
                    basis.Built(Build(request, preview, cache, basis.After(changes), stdout, stderr));
                }
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C, SIGTERM or the caller's token: stop serving.
            }
        }

        stdout.WriteLine(english ? "Stopped." : "Đã dừng.");
        return 0;
    }

    /// <summary>
    /// Builds into memory, hands the result to the preview and reports it as <c>build</c> would, with the time
    /// taken. Returns the new site's links, or null when the build failed.
    /// </summary>
    private static IReadOnlyList<RenderedLinks>? Build(ServeRequest request, LivePreview preview, WorkCache cache, PreviousPreview? since, TextWriter stdout, TextWriter stderr)
    {
        var english = request.Language == UiLanguage.English;
        var sink = new MemorySink();
        var clock = Stopwatch.StartNew();
        var timings = request.Timings ? new StageTimings() : null;
        var result = SiteBuilder.Run(
            new BuildRequest(request.ContentDirectory, request.ThemeDirectory, Path.Combine(request.WorkingDirectory, "output"), Write: false, request.WorkingDirectory)
            {
                Cache = cache,
                Since = since,
            },
            timings,
            sink);
        var site = result.Succeeded ? PublishedSite.Of(sink) : null;
        var milliseconds = clock.ElapsedMilliseconds;
        var previous = preview.Current;

        DiagnosticFormatter.WriteAll(result.Diagnostics, request.Language, request.WorkingDirectory, stderr);
        foreach (var line in timings?.Lines() ?? [])
        {
            stderr.WriteLine(line);
        }

        if (site is null)
        {
            stderr.WriteLine(english
                ? $"The build stopped at an error ({milliseconds} ms). Open pages show the problems; the last good version is still served."
                : $"Lần dựng dừng vì lỗi ({milliseconds} ms). Các trang đang mở hiện danh sách lỗi; phiên bản tốt gần nhất vẫn được phục vụ.");
        }
        else if (ReferenceEquals(previous.Site, PublishedSite.Empty))
        {
            stdout.WriteLine(english
                ? $"Built {result.PageCount} pages ({site.FileCount} files) in {milliseconds} ms."
                : $"Đã dựng {result.PageCount} trang ({site.FileCount} tệp) trong {milliseconds} ms.");
        }
        else
        {
            var changed = site.ChangedSince(previous.Site).Count;
            var later = result.RenderedNow < result.PageCount;
            stdout.WriteLine(english
                ? $"Rebuilt {result.PageCount} pages in {milliseconds} ms{(later ? $" ({result.RenderedNow} rendered now, the others when opened)" : "")}; {changed} file(s) changed.{(previous.Failed ? " The errors are fixed: open pages drop the problem list." : "")}"
                : $"Đã dựng lại {result.PageCount} trang trong {milliseconds} ms{(later ? $" ({result.RenderedNow} trang dựng ngay, các trang khác khi được mở)" : "")}; {changed} tệp thay đổi.{(previous.Failed ? " Đã hết lỗi: các trang đang mở bỏ danh sách lỗi." : "")}");
        }

        stdout.Flush();
        stderr.Flush();

        // After the terminal: a page never shows a build the terminal has not reported yet.
        preview.Publish(site, result.Diagnostics);
        // The garbage of this build (the last site's model and pages) collected now, in the background, while
        // staff read the page, rather than in the middle of the next rebuild.
        GC.Collect(2, GCCollectionMode.Forced, blocking: false, compacting: false);
        return site is null ? null : result.Links;
    }

    /// <summary>The header rules of netlify.toml, none when there is no such file, null (after a message) when it cannot be read.</summary>
    private static NetlifyHeaderRules? LoadHeaderRules(ServeRequest request, TextWriter stderr)
    {
        if (!File.Exists(request.NetlifyToml))
        {
            stderr.WriteLine(request.Language == UiLanguage.English
                ? $"{Relative(request, request.NetlifyToml)}:1:1: warning: no netlify.toml, so the preview sends none of the live site's headers (Content-Security-Policy among them). Run serve from the repository's root."
                : $"{Relative(request, request.NetlifyToml)}:1:1: warning: không có netlify.toml nên bản xem trước không gửi các header của site thật (trong đó có Content-Security-Policy). Hãy chạy serve từ thư mục gốc của kho mã.");
            return new NetlifyHeaderRules([]);
        }

        try
        {
            return NetlifyHeaderRules.Load(request.NetlifyToml);
        }
        catch (Exception ex) when (ex is Tomlyn.TomlException or InvalidCastException or KeyNotFoundException)
        {
            stderr.WriteLine(request.Language == UiLanguage.English
                ? $"{Relative(request, request.NetlifyToml)}:1:1: error: netlify.toml cannot be read ({ex.Message.Split('\n')[0]}). Fix its [[headers]] tables: each needs a 'for' path and a [headers.values] table of strings."
                : $"{Relative(request, request.NetlifyToml)}:1:1: error: không đọc được netlify.toml ({ex.Message.Split('\n')[0]}). Hãy sửa các bảng [[headers]]: mỗi bảng cần một đường dẫn 'for' và một bảng [headers.values] gồm các chuỗi.");
            return null;
        }
    }

    private static string Relative(ServeRequest request, string path) => DiagnosticFormatter.ShownPath(path, request.WorkingDirectory);
}
