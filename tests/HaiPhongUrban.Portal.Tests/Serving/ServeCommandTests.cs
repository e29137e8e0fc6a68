using HaiPhongUrban.Portal.Tests.Support;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace HaiPhongUrban.Portal.Tests.Serving;

/// <summary>
/// <c>portal serve</c> as staff run it, in a child process on a copy of the real content: a saved edit shows
/// on the served page; a content error shows as the problem panel over the last good site, in the browser
/// and the terminal, and goes when fixed; Ctrl+C stops it cleanly. One class, so only one serve runs at a time.
/// </summary>
public sealed partial class ServeCommandTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private static readonly HttpClient Client = new(new HttpClientHandler { AllowAutoRedirect = false });

    [Fact]
    public async Task A_content_file_edited_while_serve_runs_changes_the_served_page()
    {
        using var workspace = ServedWorkspace();
        await using var serve = await ServeProcess.StartAsync(workspace.Root);
        Assert.Contains("<title>Giới thiệu và nguồn gốc |", await GetAsync(serve, "/gioi-thieu/"), StringComparison.Ordinal);
        Assert.StartsWith("Đang phục vụ tại http://127.0.0.1:", serve.Stdout.Split('\n').Single(l => l.Contains("127.0.0.1", StringComparison.Ordinal)), StringComparison.Ordinal);

        workspace.Edit("content/pages/gioi-thieu.md", "title: Giới thiệu và nguồn gốc", "title: Giới thiệu, nguồn gốc và đính chính");

        var page = await EventuallyAsync(serve, "/gioi-thieu/", html => html.Contains("<title>Giới thiệu, nguồn gốc và đính chính |", StringComparison.Ordinal));
        Assert.DoesNotContain("portal-preview-problems", page, StringComparison.Ordinal);
        Assert.Contains("Đã đổi: content/pages/gioi-thieu.md", serve.Stdout, StringComparison.Ordinal);
        // The rebuild models the whole site, as many pages as the first build made, and renders the saved one
        // now (the others when opened).
        var built = FirstBuildLine().Match(serve.Stdout);
        Assert.True(built.Success, serve.Stdout);
        Assert.Matches(RebuiltLine(built.Groups["pages"].Value), serve.Stdout);
        // The preview builds in memory: nothing is written into the workspace.
        Assert.False(Directory.Exists(workspace.Output));
    }

    [Fact]
    public async Task A_content_error_shows_a_panel_over_the_last_good_page_and_in_the_terminal_until_it_is_fixed()
    {
        using var workspace = ServedWorkspace();
        await using var serve = await ServeProcess.StartAsync(workspace.Root);
        const string Good = "layout: about";
        const string Broken = "layout: [about";

        workspace.Edit("content/pages/gioi-thieu.md", Good, Broken);

        var failed = Parse(await EventuallyAsync(serve, "/gioi-thieu/", html => html.Contains("portal-preview-problems", StringComparison.Ordinal)));
        var panel = failed.Body!.FirstElementChild!;
        Assert.Equal("section", panel.LocalName);
        Assert.Equal("portal-preview-problems", panel.ClassName);
        var heading = failed.GetElementById(panel.GetAttribute("aria-labelledby")!)!;
        Assert.Equal("h2", heading.LocalName);
        Assert.Equal("Nội dung có lỗi: site chưa được dựng lại", heading.TextContent);
        // The staff guide tells staff to look for this title (its lines may wrap inside it).
        var guide = string.Join(' ', File.ReadAllText(Path.Combine(RepoPaths.Content, "pages", "huong-dan.md")).Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains($"\"{heading.TextContent}\"", guide, StringComparison.Ordinal);
        // The error first; the seed's three warnings about site.yml follow it.
        var problem = Assert.Single(panel.QuerySelectorAll("li.portal-preview-error"));
        Assert.Same(problem, panel.QuerySelector("li"));
        Assert.Equal(3, panel.QuerySelectorAll("li.portal-preview-warning").Length);
        var location = problem.QuerySelector("code")!.TextContent;
        // The unclosed bracket is on line 4; YAML notices it where the front matter ends, on line 5.
        Assert.Matches(@"^content/pages/gioi-thieu\.md:[45]:\d+$", location);
        Assert.Equal("lỗi", problem.QuerySelector("strong")!.TextContent);
        Assert.Contains("YAML", problem.QuerySelectorAll("p")[1].TextContent, StringComparison.Ordinal);
        // Under the panel, the last good version of the page.
        Assert.Equal("Giới thiệu và nguồn gốc", failed.QuerySelector("main h1")!.TextContent.Trim());
        // The terminal says the same, in the compiler form.
        Assert.Contains($"{location}: error: YAML", serve.Stderr, StringComparison.Ordinal);
        Assert.Contains("Lần dựng dừng vì lỗi", serve.Stderr, StringComparison.Ordinal);

        workspace.Edit("content/pages/gioi-thieu.md", Broken, Good);

        await EventuallyAsync(serve, "/gioi-thieu/", html => !html.Contains("portal-preview-problems", StringComparison.Ordinal));
        await serve.WaitForOutputAsync(new Regex("Đã hết lỗi"), Patience);
    }

    [Fact]
    public async Task Before_any_build_succeeds_every_address_answers_with_the_problems_not_a_dead_page()
    {
        using var workspace = ServedWorkspace();
        workspace.Edit("content/site.yml", "title:", "title: [");
        await using var serve = await ServeProcess.StartAsync(workspace.Root);

        var response = await Client.GetAsync(new Uri(serve.Address, "/ket-luan/"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var page = Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("vi", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Chưa có lần dựng nào thành công", page.QuerySelector("main .portal-preview-problems")!.TextContent, StringComparison.Ordinal);
        Assert.Matches(@"^content/site\.yml:\d+:\d+$", page.QuerySelector("main li code")!.TextContent);
        Assert.Equal("/__portal/reload.js", page.QuerySelector("head script")!.GetAttribute("src"));

        workspace.Edit("content/site.yml", "title: [", "title:");

        await EventuallyAsync(serve, "/ket-luan/", html => html.Contains("<h1", StringComparison.Ordinal) && !html.Contains("portal-preview-problems", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Open_pages_hear_of_every_build_through_server_sent_events()
    {
        using var workspace = ServedWorkspace();
        await using var serve = await ServeProcess.StartAsync(workspace.Root);
        using var events = new StreamReader(await Client.GetStreamAsync(new Uri(serve.Address, "/__portal/events")));

        Assert.Equal(["event: build", "data: 1"], await NextEventAsync(events));
        workspace.Edit("content/pages/gioi-thieu.md", "title: Giới thiệu và nguồn gốc", "title: Giới thiệu");
        Assert.Equal(["event: build", "data: 2"], await NextEventAsync(events));
    }

    [Fact]
    public async Task Pages_carry_netlify_toml_headers_and_the_reload_script_as_a_file_of_the_same_origin()
    {
        using var workspace = ServedWorkspace();
        await using var serve = await ServeProcess.StartAsync(workspace.Root);

        var response = await Client.GetAsync(new Uri(serve.Address, "/ket-luan/"));
        var script = await Client.GetAsync(new Uri(serve.Address, "/__portal/reload.js"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("default-src 'none'; script-src 'self';", Assert.Single(response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        var head = Parse(await response.Content.ReadAsStringAsync()).Head!;
        Assert.Empty(head.QuerySelectorAll("script:not([src]), style"));
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript; charset=utf-8", script.Content.Headers.ContentType!.ToString());
        Assert.Contains("EventSource('/__portal/events')", await script.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var moved = await Client.GetAsync(new Uri(serve.Address, "/ket-luan"));
        Assert.Equal(HttpStatusCode.MovedPermanently, moved.StatusCode);
    }

    [Fact]
    public async Task Ctrl_c_stops_serve_cleanly_with_exit_code_zero()
    {
        using var workspace = ServedWorkspace();
        await using var serve = await ServeProcess.StartAsync(workspace.Root);
        // An open page's event stream must not hold the shutdown up.
        using var events = new StreamReader(await Client.GetStreamAsync(new Uri(serve.Address, "/__portal/events")));
        await NextEventAsync(events);

        Assert.True(await serve.PressCtrlCAsync(TimeSpan.FromSeconds(15)), "serve did not stop within 15 s of Ctrl+C");

        Assert.Equal(0, serve.ExitCode);
        Assert.EndsWith("Đã dừng." + Environment.NewLine, serve.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", serve.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task English_messages_and_panel_with_lang_en()
    {
        using var workspace = ServedWorkspace();
        await using var serve = await ServeProcess.StartAsync(workspace.Root, "--lang", "en");
        Assert.Contains("Serving at http://127.0.0.1:", serve.Stdout, StringComparison.Ordinal);

        workspace.Edit("content/pages/gioi-thieu.md", "layout: about", "layout: [about");

        var page = Parse(await EventuallyAsync(serve, "/gioi-thieu/", html => html.Contains("portal-preview-problems", StringComparison.Ordinal)));
        var panel = page.QuerySelector(".portal-preview-problems")!;
        Assert.Equal("en", panel.GetAttribute("lang"));
        Assert.Equal("Content has errors: the site was not rebuilt", panel.QuerySelector("h2")!.TextContent);
        Assert.Equal("error", panel.QuerySelector("li strong")!.TextContent);
        Assert.Contains("The build stopped at an error", serve.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_port_in_use_is_a_clear_error_naming_the_port_and_what_to_do()
    {
        using var workspace = ServedWorkspace();
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var (code, _, stderr) = await PortalProcess.RunAsync(["serve", "--port", port], workspace.Root, new Dictionary<string, string>(), [], TimeSpan.FromSeconds(60));

        Assert.Equal(1, code);
        Assert.Contains($"cổng {port} trên 127.0.0.1 đang được dùng", stderr, StringComparison.Ordinal);
        Assert.Contains("--port 0", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    /// <summary>A copy of the real content and theme with the repository's netlify.toml, as serve finds them at the root.</summary>
    private static Workspace ServedWorkspace() => Workspace.Create().WithNetlifyConfig();

    private static async Task<string> GetAsync(ServeProcess serve, string path) =>
        await Client.GetStringAsync(new Uri(serve.Address, path));

    /// <summary>Asks for <paramref name="path"/> until its page satisfies <paramref name="done"/>, failing with the terminal output after <see cref="Patience"/>.</summary>
    private static async Task<string> EventuallyAsync(ServeProcess serve, string path, Func<string, bool> done)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var response = await Client.GetAsync(new Uri(serve.Address, path));
            var html = await response.Content.ReadAsStringAsync();
            if (done(html))
            {
                return html;
            }

            Assert.True(DateTime.UtcNow < deadline, $"{path} never changed as expected.\nstdout:\n{serve.Stdout}\nstderr:\n{serve.Stderr}");
            await Task.Delay(100);
        }
    }

    private static async Task<string[]> NextEventAsync(StreamReader events)
    {
        using var timeout = new CancellationTokenSource(Patience);
        var lines = new List<string>();
        while (await events.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.Length == 0)
            {
                return [.. lines];
            }

            lines.Add(line);
        }

        throw new EndOfStreamException("The event stream ended.");
    }

    private static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    [GeneratedRegex(@"Đã dựng (?<pages>\d+) trang \(")]
    private static partial Regex FirstBuildLine();

    private static Regex RebuiltLine(string pages) => new($@"Đã dựng lại {pages} trang trong \d+ ms \(1 trang dựng ngay, các trang khác khi được mở\); [1-9]\d* tệp thay đổi\.");
}
