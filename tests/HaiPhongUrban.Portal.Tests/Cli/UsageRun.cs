using HaiPhongUrban.Portal.Cli;
using HaiPhongUrban.Portal.Tests.Support;

namespace HaiPhongUrban.Portal.Tests.Cli;

/// <summary>The command line run in-process as staff type it, for what it prints about itself (help, usage errors); nothing is built.</summary>
internal static class UsageRun
{
    /// <summary>
    /// System.CommandLine's own English, in its help and its parse errors: none of it may reach a
    /// Vietnamese reader, and "Usage:" and the like not even an English one in its place.
    /// </summary>
    public static readonly IReadOnlyList<string> BuiltInEnglish =
    [
        "Show help and usage information", "Show version information", "Description:", "Usage:", "Arguments:",
        "Options:", "Commands:", "[default:", "was not matched", "Did you mean", "Required command was not provided",
        "Unrecognized command or argument", "Required argument", "Cannot parse argument", "not recognized. Must be one of",
        "expects a single argument",
    ];

    public static (int Code, string Out, string Err) Run(string line) =>
        Run(line.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    public static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = PortalCli.Run(args, RepoPaths.Root, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    public static IReadOnlyList<string> Lines(string text) => text.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
}
