using HaiPhongUrban.Portal.Building;
using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Sections;
using HaiPhongUrban.Portal.Serving;
using System.CommandLine;
using Spectre.Console;

namespace HaiPhongUrban.Portal.Cli;

/// <summary>
/// The command line of DESIGN.md: <c>build</c>, <c>validate</c>, <c>serve</c> (the live preview) and <c>record-urls</c> (published-urls.txt), with <c>--content</c>, <c>--theme</c>,
/// <c>--output</c> and a global <c>--lang vi|en</c>, then every section's own commands (<see cref="ISection.Commands"/>). Thin: it resolves paths, runs the
/// <see cref="SiteBuilder"/> and prints what it reports. Exit code 0 means no error.
/// Progress goes to <c>terminal</c> as a live display when the caller has one (Program.cs
/// decides), or else as one plain line per stage on stdout, before the closing line.
/// </summary>
public static class PortalCli
{
    public const int Success = 0;
    public const int ContentErrors = 1;

    /// <param name="terminal">The interactive console to draw the progress display on; null when output is redirected.</param>
    public static int Run(string[] args, string workingDirectory, TextWriter stdout, TextWriter stderr, IAnsiConsole? terminal = null)
    {
        var language = new Option<string>("--lang")
        {
            Description = "Ngôn ngữ thông báo / message language: vi | en",
            DefaultValueFactory = _ => "vi",
            Recursive = true,
        };
        language.AcceptOnlyFromAmong("vi", "en");
        var content = new Option<string>("--content") { Description = "Thư mục nội dung / content folder", DefaultValueFactory = _ => "content" };
        var theme = new Option<string>("--theme") { Description = "Thư mục giao diện / theme folder", DefaultValueFactory = _ => "theme" };
        var output = new Option<string>("--output") { Description = "Thư mục ghi bản dựng / output folder", DefaultValueFactory = _ => "output" };
        var baseUrl = new Option<string>("--base-url")
        {
            Description = "Địa chỉ gốc khi site.yml chưa có base_url / base URL when site.yml has none (Netlify: $URL)",
            DefaultValueFactory = _ => string.Empty,
        };

        var timings = new Option<bool>("--timings")
        {
            Description = "In thời gian từng giai đoạn ra stderr / print each stage's time to stderr",
        };

        var port = new Option<int>("--port")
        {
            Description = "Cổng trên 127.0.0.1 (0: tự chọn cổng trống) / port on 127.0.0.1 (0: any free port)",
            DefaultValueFactory = _ => 8080,
        };
        port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 0 or > 65535)
            {
                result.AddError("--port: 0–65535");
            }
        });

        var build = new Command("build", "Dựng toàn bộ cổng vào thư mục xuất / build the portal into the output folder") { content, theme, output, baseUrl, timings };
        var validate = new Command("validate", "Kiểm tra mọi thứ như build nhưng không ghi gì / check everything build checks, write nothing") { content, theme, baseUrl, timings };
        var serve = new Command("serve", "Dựng, phục vụ tại http://127.0.0.1:PORT và dựng lại khi tệp đổi / build, serve on http://127.0.0.1:PORT and rebuild on every save") { content, theme, port };
        var recordUrls = new Command("record-urls", "Kiểm tra như validate rồi ghi các địa chỉ mới vào published-urls.txt / check as validate does, then add the new addresses to published-urls.txt") { content, theme };
        var root = new RootCommand("HaiPhongUrban.Portal: trình tạo cổng thông tin tĩnh / static portal generator") { build, validate, serve, recordUrls };
        root.Options.Add(language);

        // The sections' own commands (import-plan…), after the three above and in SectionList's order, so
        // that --help lists them the same way every time. They read --lang through the context: it is
        // the root's recursive option, which a section must not define again.
        var commands = new CommandContext(workingDirectory, stdout, stderr, parse => parse.GetValue(language) == "en" ? UiLanguage.English : UiLanguage.Vietnamese);
        foreach (var command in SectionList.All.SelectMany(section => section.Commands(commands)))
        {
            root.Subcommands.Add(command);
        }

        build.SetAction(parse => Execute(parse, write: true));
        validate.SetAction(parse => Execute(parse, write: false));
        recordUrls.SetAction(parse => Execute(parse, write: false, record: true));
        serve.SetAction(parse => PreviewSession.RunAsync(
            new ServeRequest(
                Path.GetFullPath(parse.GetValue(content)!, workingDirectory),
                Path.GetFullPath(parse.GetValue(theme)!, workingDirectory),
                workingDirectory,
                parse.GetValue(port),
                Path.Combine(workingDirectory, "netlify.toml"),
                parse.GetValue(language) == "en" ? UiLanguage.English : UiLanguage.Vietnamese),
            stdout,
            stderr,
            CancellationToken.None).GetAwaiter().GetResult());

        // Our Program.cs reports an unexpected exception in one sentence; System.CommandLine's own
        // handler would print a stack trace. serve stops on Ctrl+C through its web host, which handles
        // SIGINT and SIGTERM itself, so System.CommandLine must not wait on a termination of its own.
        return root.Parse(args).Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null });

        int Execute(ParseResult parse, bool write, bool record = false)
        {
            var lang = parse.GetValue(language) == "en" ? UiLanguage.English : UiLanguage.Vietnamese;
            string Resolve(Option<string> option) => Path.GetFullPath(parse.GetValue(option)!, workingDirectory);
            var request = new BuildRequest(
                Resolve(content),
                Resolve(theme),
                write ? Resolve(output) : Path.Combine(workingDirectory, "output"),
                write,
                workingDirectory,
                record ? string.Empty : parse.GetValue(baseUrl) ?? string.Empty);

            StageTimings? clock = null;
            IProgress<BuildProgress> Timed(IProgress<BuildProgress> progress) =>
                parse.GetValue(timings) ? clock = new StageTimings(progress) : progress;
            var result = terminal is null
                ? SiteBuilder.Run(request, Timed(new PlainProgress(stdout, lang, write)))
                : TerminalProgress.Run(terminal, lang, write, progress => SiteBuilder.Run(request, Timed(progress)));
            foreach (var line in clock?.Lines() ?? [])
            {
                stderr.WriteLine(line);
            }

            if (record)
            {
                return RecordUrls.Report(result, request, lang, stdout, stderr);
            }

            ConsoleReport.Write(result, request, lang, stdout, stderr);
            return result.Succeeded ? Success : ContentErrors;
        }
    }
}
