using HaiPhongUrban.Portal.Kernel.Diagnostics;
using System.CommandLine;
using System.CommandLine.Completions;
using System.CommandLine.Help;
using System.Globalization;

namespace HaiPhongUrban.Portal.Cli;

/// <summary>
/// <c>--help</c> of the root and of every command, in the interface language, written from the command
/// tree rather than by System.CommandLine, whose headings ("Usage:", "Options:") and own descriptions
/// ("Show help and usage information") are English. The layout is System.CommandLine's: sections of
/// two-column rows indented by two spaces, an option as <c>-?, -h, --help</c> or <c>--lang &lt;en|vi&gt;</c>,
/// a command with its arguments (<c>import-plan &lt;TỆP.xlsx&gt;</c>), so that what reads the help (the
/// staff guide's check of its commands) reads ours alike. No wrapping: a terminal wraps long lines itself.
/// </summary>
public static class HelpText
{
    /// <param name="path">The root command first, then each command down to the one whose help this is.</param>
    public static void Write(IReadOnlyList<Command> path, UiLanguage language, TextWriter output)
    {
        var command = path[^1];
        var isRoot = path.Count == 1;

        Section(output, Say(CliMessages.DescriptionHeading, language), [command.Description ?? string.Empty]);

        var usage = new List<string> { CommandLine(path) };
        usage.AddRange(Arguments(command).Select(argument => $"<{ArgumentLabel(argument)}>"));
        if (Subcommands(command).Any())
        {
            usage.Add(Say(CliMessages.CommandPlaceholder, language));
        }

        usage.Add(Say(CliMessages.OptionsPlaceholder, language));
        Section(output, Say(CliMessages.UsageHeading, language), [string.Join(' ', usage)]);

        if (Arguments(command).Any())
        {
            Section(output, Say(CliMessages.ArgumentsHeading, language), Columns(Arguments(command)
                .Select(argument => ($"<{ArgumentLabel(argument)}>", argument.Description ?? string.Empty))));
        }

        Section(output, Say(CliMessages.OptionsHeading, language), Columns(OptionsOf(path)
            .Select(option => (OptionLabel(option), Described(option, language)))));

        if (Subcommands(command).Any())
        {
            Section(output, Say(CliMessages.CommandsHeading, language), Columns(Subcommands(command)
                .Select(sub => (string.Join(' ', [sub.Name, .. Arguments(sub).Select(argument => $"<{ArgumentLabel(argument)}>")]), sub.Description ?? string.Empty))));
        }

        if (isRoot)
        {
            output.WriteLine(CliMessages.RootHelpFooter.Format(language, [PortalCli.ProgramName]));
        }
    }

    /// <summary>How the command is typed: <c>portal</c>, <c>portal build</c>.</summary>
    public static string CommandLine(IReadOnlyList<Command> path) =>
        string.Join(' ', [PortalCli.ProgramName, .. path.Skip(1).Select(command => command.Name)]);

    /// <summary>
    /// The options a command takes, in the order its help lists them: its own, then those of the commands
    /// above it that apply below them too (<c>--lang</c>, <c>--help</c>), <c>--help</c> and <c>--version</c> last.
    /// </summary>
    public static IReadOnlyList<Option> OptionsOf(IReadOnlyList<Command> path) =>
        path[^1].Options
            .Concat(path.Take(path.Count - 1).Reverse().SelectMany(above => above.Options.Where(option => option.Recursive)))
            .Where(option => !option.Hidden)
            .Distinct()
            .OrderBy(option => option switch { HelpOption => 1, VersionOption => 2, _ => 0 })
            .ToList();

    /// <summary>An option's names as typed, short ones first and none of Windows' <c>/h</c> forms: <c>-?, -h, --help</c>.</summary>
    public static IEnumerable<string> Names(Option option) =>
        option.Aliases.Append(option.Name)
            .Where(name => name.StartsWith('-'))
            .Distinct(StringComparer.Ordinal)
            .OrderBy(name => name.Length)
            .ThenBy(name => name, StringComparer.Ordinal);

    /// <summary>What stands for an option's value: its choices (<c>en|vi</c>), else its name in the language (<c>thư-mục</c>).</summary>
    public static string ValueLabel(Option option)
    {
        var choices = Choices(option);
        return choices.Count > 0 ? string.Join('|', choices) : option.HelpName ?? option.Name.TrimStart('-');
    }

    public static string ArgumentLabel(Argument argument) => argument.HelpName ?? argument.Name;

    /// <summary>The only values an option takes (<c>--lang</c>: en, vi), empty when it takes any.</summary>
    public static IReadOnlyList<string> Choices(Option option) =>
        TakesValue(option) ? [.. option.GetCompletions(CompletionContext.Empty).Select(choice => choice.Label)] : [];

    /// <summary>
    /// True when the option is typed with a value. A yes/no option (<c>--offline</c>) is a switch: System.CommandLine
    /// lets it take an optional true/false, but nobody types one, so the help shows neither a value nor a default.
    /// </summary>
    public static bool TakesValue(Option option) => option.Arity.MaximumNumberOfValues > 0 && option.ValueType != typeof(bool);

    /// <summary>The value an option has when left out, as typed; null when it has none worth saying (an empty text).</summary>
    public static string? DefaultOf(Option option) =>
        TakesValue(option) && option.HasDefaultValue && Convert.ToString(option.GetDefaultValue(), CultureInfo.InvariantCulture) is { Length: > 0 } value ? value : null;

    private static string OptionLabel(Option option) =>
        string.Join(", ", Names(option)) + (TakesValue(option) ? $" <{ValueLabel(option)}>" : string.Empty);

    private static string Described(Option option, UiLanguage language) =>
        DefaultOf(option) is { } value
            ? $"{option.Description} {CliMessages.DefaultValue.Format(language, [value])}"
            : option.Description ?? string.Empty;

    private static IEnumerable<Argument> Arguments(Command command) => command.Arguments.Where(argument => !argument.Hidden);

    private static IEnumerable<Command> Subcommands(Command command) => command.Subcommands.Where(sub => !sub.Hidden);

    private static string Say(Message message, UiLanguage language) => message.Format(language, []);

    /// <summary>Rows of two columns, the second starting two spaces after the widest first one.</summary>
    private static IEnumerable<string> Columns(IEnumerable<(string Label, string Text)> rows)
    {
        var list = rows.ToList();
        var width = list.Max(row => row.Label.Length);
        return list.Select(row => (row.Label.PadRight(width) + "  " + row.Text).TrimEnd());
    }

    private static void Section(TextWriter output, string heading, IEnumerable<string> lines)
    {
        output.WriteLine(heading);
        foreach (var line in lines)
        {
            output.WriteLine("  " + line);
        }

        output.WriteLine();
    }
}
