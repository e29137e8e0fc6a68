using HaiPhongUrban.Portal.Kernel.Caching;
using HaiPhongUrban.Portal.Building;
using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Kernel.Urls;
using HaiPhongUrban.Portal.Sections;
using HaiPhongUrban.Portal.Serving;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Globalization;
using Spectre.Console;

namespace HaiPhongUrban.Portal.Cli;

/// <summary>
/// The portal's command line (the program is <c>portal</c>): <c>build</c>, <c>validate</c>, <c>serve</c> (the live preview) and <c>record-urls</c> (published-urls.txt), with <c>--content</c>, <c>--theme</c>,
/// <c>--output</c> (and <c>build --offline</c>, a copy to open from disk) and a global <c>--lang vi|en</c>, then every section's own commands (<see cref="ISection.Commands"/>). Thin: it resolves paths, runs the
/// <see cref="SiteBuilder"/> and prints what it reports. Exit code 0 means no error; 1 content errors, and a command line that cannot be
/// run (<see cref="UsageError"/>, as System.CommandLine gave it).
/// Progress goes to <c>terminal</c> as a live display when the caller has one (Program.cs
/// decides), or else as one plain line per stage on stdout, before the closing line.
/// The help and the command-line errors are the portal's own (<see cref="HelpText"/>, <see cref="UsageErrors"/>), in the interface
/// language, which is therefore read from the arguments before they are parsed (<see cref="LanguageOf"/>).
/// </summary>
public static class PortalCli
{
    public const int Success = 0;
    public const int ContentErrors = 1;

    /// <summary>A command line that cannot be run (an unknown command, a missing value…): 1 like content errors, so a script that checks for 0 stops either way.</summary>
    public const int UsageError = 1;

    /// <summary>The program's name in the help and in what the errors tell to run (<c>portal --help</c>).</summary>
    public const string ProgramName = "portal";

    /// <param name="terminal">The interactive console to draw the progress display on; null when output is redirected.</param>
    public static int Run(string[] args, string workingDirectory, TextWriter stdout, TextWriter stderr, IAnsiConsole? terminal = null)
    {
        var lang = LanguageOf(args);
        var root = CommandTree(lang, workingDirectory, stdout, stderr, terminal);
        var parse = root.Parse(args);

        // The help's option answers on any command, even one with errors (`build --contnt -h`).
        if (parse.Action is HelpAction)
        {
            HelpText.Write(UsageErrors.PathOf(parse), lang, stdout);
            return Success;
        }

        if (parse.Action is ParseErrorAction)
        {
            var path = UsageErrors.PathOf(parse);
            var problems = UsageErrors.Of(parse, lang);
            if (problems.Count == 0 && path.Count == 1)
            {
                // Nothing but the command left out (`portal`, `portal --lang en`): the list of commands helps most.
                stderr.WriteLine("error: " + CliMessages.NoCommand.Format(lang, [ProgramName, root.Subcommands[0].Name]));
                HelpText.Write(path, lang, stdout);
                return UsageError;
            }

            foreach (var problem in problems.DefaultIfEmpty(CliMessages.NotUnderstood.Format(lang, [$"`{HelpText.CommandLine(path)}`"])))
            {
                stderr.WriteLine("error: " + problem);
            }

            stderr.WriteLine(CliMessages.UsageHint.Format(lang, [HelpText.CommandLine(path)]));
            return UsageError;
        }

        // Our Program.cs reports an unexpected exception in one sentence; System.CommandLine's own
        // handler would print a stack trace. serve stops on Ctrl+C through its web host, which handles
        // SIGINT and SIGTERM itself, so System.CommandLine must not wait on a termination of its own.
        return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null });
    }

    /// <summary>
    /// The interface language, read before parsing since the help and the parse errors are worded in it:
    /// <c>--lang en</c>, <c>--lang=en</c> or <c>--lang:en</c> (the forms System.CommandLine accepts) anywhere
    /// before a <c>--</c>, the last one winning; Vietnamese otherwise, a wrong value included, which the
    /// parse then reports in Vietnamese.
    /// </summary>
    public static UiLanguage LanguageOf(IReadOnlyList<string> args)
    {
        var english = false;
        for (var i = 0; i < args.Count && args[i] != "--"; i++)
        {
            if (args[i] == "--lang" && i + 1 < args.Count)
            {
                english = args[i + 1] == "en";
            }
            else if (args[i].StartsWith("--lang=", StringComparison.Ordinal) || args[i].StartsWith("--lang:", StringComparison.Ordinal))
            {
                english = args[i]["--lang=".Length..] == "en";
            }
        }

        return english ? UiLanguage.English : UiLanguage.Vietnamese;
    }

    /// <summary>
    /// Every command and option, described in <paramref name="lang"/>: the tree is made for one run, whose
    /// language is known before parsing, so each description is one wording of a bilingual message.
    /// </summary>
    public static RootCommand CommandTree(UiLanguage lang, string workingDirectory, TextWriter stdout, TextWriter stderr, IAnsiConsole? terminal = null)
    {
        string Say(Message message) => message.Format(lang, []);

        var language = new Option<string>("--lang")
        {
            Description = Say(CliMessages.LanguageDescription),
            DefaultValueFactory = _ => "vi",
            Recursive = true,
        };
        language.AcceptOnlyFromAmong("vi", "en");
        var content = new Option<string>("--content") { Description = Say(CliMessages.ContentDescription), HelpName = Say(CliMessages.FolderValue), DefaultValueFactory = _ => "content" };
        var theme = new Option<string>("--theme") { Description = Say(CliMessages.ThemeDescription), HelpName = Say(CliMessages.FolderValue), DefaultValueFactory = _ => "theme" };
        var output = new Option<string>("--output") { Description = Say(CliMessages.OutputDescription), HelpName = Say(CliMessages.FolderValue), DefaultValueFactory = _ => "output" };
        var baseUrl = new Option<string>("--base-url")
        {
            Description = Say(CliMessages.BaseUrlDescription),
            HelpName = Say(CliMessages.AddressValue),
            DefaultValueFactory = _ => string.Empty,
        };

        var offline = new Option<bool>("--offline")
        {
            Description = Say(CliMessages.OfflineDescription),
        };

        var noCache = new Option<bool>("--no-cache")
        {
            Description = Say(CliMessages.NoCacheDescription),
        };

        var timings = new Option<bool>("--timings")
        {
            Description = Say(CliMessages.TimingsDescription),
        };

        var port = new Option<int>("--port")
        {
            Description = Say(CliMessages.PortDescription),
            HelpName = Say(CliMessages.PortValue),
            DefaultValueFactory = _ => 8080,
        };
        port.Validators.Add(result =>
        {
            // Only a number is checked here: a value that is not one (`--port abc`) has its own error, and
            // reading it as a number would throw.
            if (result.Tokens is [{ Value: var text }] && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && number is < 0 or > 65535)
            {
                result.AddError(CliMessages.PortOutOfRange.Format(lang, [text]));
            }
        });

        var build = new Command("build", Say(CliMessages.BuildDescription)) { content, theme, output, baseUrl, offline, noCache, timings };
        var validate = new Command("validate", Say(CliMessages.ValidateDescription)) { content, theme, baseUrl, noCache, timings };
        var serve = new Command("serve", Say(CliMessages.ServeDescription)) { content, theme, port, timings };
        var recordUrls = new Command("record-urls", Say(CliMessages.RecordUrlsDescription)) { content, theme };
        var root = new RootCommand(Say(CliMessages.RootDescription)) { build, validate, serve, recordUrls };
        root.Options.Add(language);
        root.Options.OfType<HelpOption>().Single().Description = Say(CliMessages.HelpDescription);
        root.Options.OfType<VersionOption>().Single().Description = Say(CliMessages.VersionDescription);

        // The sections' own commands (import-plan…), after the ones above and in SectionList's order, so
        // that --help lists them the same way every time. They are told the language rather than define
        // --lang again: it is the root's recursive option, which a section must not define twice.
        var commands = new CommandContext(workingDirectory, stdout, stderr, lang);
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
                lang,
                parse.GetValue(timings)),
            stdout,
            stderr,
            CancellationToken.None).GetAwaiter().GetResult());
        return root;

        int Execute(ParseResult parse, bool write, bool record = false)
        {
            string Resolve(Option<string> option) => Path.GetFullPath(parse.GetValue(option)!, workingDirectory);
            var request = new BuildRequest(
                Resolve(content),
                Resolve(theme),
                write ? Resolve(output) : Path.Combine(workingDirectory, "output"),
                write,
                workingDirectory,
                record ? string.Empty : parse.GetValue(baseUrl) ?? string.Empty,
                write && parse.GetValue(offline) ? LinkMode.Disk : LinkMode.Served);
            // The cache beside content/ (.cache/portal/) unless --no-cache. record-urls, run once per release,
            // has no such option, so it simply runs without one.
            if (!record && !parse.GetValue(noCache))
            {
                request = request with { Cache = WorkCacheFolder.Open(request.ContentDirectory, request.ThemeDirectory, request.OutputDirectory) };
            }

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
