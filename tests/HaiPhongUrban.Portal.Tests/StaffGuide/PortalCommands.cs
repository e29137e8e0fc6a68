using HaiPhongUrban.Portal.Cli;
using HaiPhongUrban.Portal.Tests.Support;
using System.Text.RegularExpressions;

namespace HaiPhongUrban.Portal.Tests.StaffGuide;

/// <summary>
/// The commands and options the portal's command line accepts, read from its own <c>--help</c>
/// (HelpText lists every command, option and choice there), so that the guide is held to
/// the real CLI and a command added to <see cref="PortalCli"/> is known here without a change.
/// </summary>
public static partial class PortalCommands
{
    /// <summary>What every command in the guide starts with: the README's way of running the portal.</summary>
    public const string Prefix = "dotnet run --project src/HaiPhongUrban.Portal -- ";

    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyDictionary<string, Option>>> Read = new(ReadHelp);

    private static readonly Lazy<IReadOnlyDictionary<string, int>> ReadArguments = new(() =>
        Command().Matches(Help()).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Captures.Count, StringComparer.Ordinal));

    /// <summary>Each command with its options (global ones such as <c>--lang</c> included).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, Option>> Verbs => Read.Value;

    /// <summary>How many arguments each command takes before its options (<c>import-plan &lt;FILE.xlsx&gt;</c>: one).</summary>
    public static IReadOnlyDictionary<string, int> Arguments => ReadArguments.Value;

    /// <summary>
    /// What is wrong with a command line of the guide, in words that say what to fix; empty when the
    /// portal accepts it. Only the command and its options are checked, never run.
    /// </summary>
    public static IEnumerable<string> Problems(string command, IReadOnlyDictionary<string, IReadOnlyDictionary<string, Option>> verbs)
    {
        if (!command.StartsWith(Prefix, StringComparison.Ordinal))
        {
            yield return $"a command of the portal starts with '{Prefix.TrimEnd()}'";
            yield break;
        }

        var words = Word().Matches(command[Prefix.Length..]).Select(m => m.Value.Trim('"')).ToList();
        if (words.Count == 0 || !verbs.TryGetValue(words[0], out var options))
        {
            yield return $"the portal has no command '{words.FirstOrDefault()}' (it has: {string.Join(", ", verbs.Keys)})";
            yield break;
        }

        var arguments = Arguments.GetValueOrDefault(words[0]);
        for (var i = 1; i < words.Count; i++)
        {
            if (!words[i].StartsWith("--", StringComparison.Ordinal))
            {
                if (arguments-- <= 0)
                {
                    yield return $"'{words[i]}' is neither an argument, an option nor the value of one";
                }

                continue;
            }

            var value = i + 1 < words.Count && !words[i + 1].StartsWith("--", StringComparison.Ordinal) ? words[i + 1] : null;
            foreach (var problem in OptionProblems(words[0], options, words[i], value))
            {
                yield return problem;
            }

            // An unknown option's next word is taken as its value, so that one mistake is said once.
            i += value is not null && (!options.TryGetValue(words[i], out var option) || option.TakesValue) ? 1 : 0;
        }
    }

    /// <summary>
    /// What is wrong with one option (and its value, if it takes one) given to a command. An option named
    /// in the text ("`--content`, `--theme`: …") may leave its value out: <paramref name="named"/>.
    /// </summary>
    public static IEnumerable<string> OptionProblems(string verb, IReadOnlyDictionary<string, Option> options, string name, string? value, bool named = false)
    {
        if (!options.TryGetValue(name, out var option))
        {
            yield return $"'{verb}' has no option '{name}' (it has: {string.Join(", ", options.Keys)})";
        }
        else if (option.TakesValue && value is null && !named)
        {
            yield return $"'{name}' needs a value";
        }
        else if (option.Choices.Count > 0 && value is not null && !option.Choices.Contains(value))
        {
            yield return $"'{name}' takes one of {string.Join(", ", option.Choices)}, not '{value}'";
        }
    }

    private static IReadOnlyDictionary<string, IReadOnlyDictionary<string, Option>> ReadHelp() =>
        Command().Matches(Help())
            .Select(m => m.Groups[1].Value)
            .ToDictionary(
                verb => verb,
                verb => (IReadOnlyDictionary<string, Option>)OptionLine().Matches(Help(verb))
                    .ToDictionary(m => m.Groups[1].Value, m => new Option(m.Groups[2].Success, m.Groups[2].Value.Contains('|') ? m.Groups[2].Value.Split('|') : [])),
                StringComparer.Ordinal);

    /// <summary>The help text, the portal's own and in Vietnamese whatever the machine's culture.</summary>
    private static string Help(params string[] verb)
    {
        var stdout = new StringWriter();
        PortalCli.Run([.. verb, "--help"], RepoPaths.Root, stdout, new StringWriter());
        return stdout.ToString();
    }

    public sealed record Option(bool TakesValue, IReadOnlyList<string> Choices);

    /// <summary>A command line of the root help: two spaces, a lower-case name, its arguments (<c>&lt;FILE.xlsx&gt;</c>), two or more spaces, its description.</summary>
    [GeneratedRegex(@"^  ([a-z][a-z-]*)( <[^>]+>)* {2,}\S", RegexOptions.Multiline)]
    private static partial Regex Command();

    /// <summary>An option line of a command's help: "  --content &lt;content&gt;  …", "  -?, -h, --help  …", "  --lang &lt;en|vi&gt;  …".</summary>
    [GeneratedRegex(@"^  (?:-[^\s,]+, )*(--[a-z][a-z-]*)(?: <([^>]*)>)?", RegexOptions.Multiline)]
    private static partial Regex OptionLine();

    [GeneratedRegex(@"""[^""]*""|\S+")]
    private static partial Regex Word();
}
