using HaiPhongUrban.Portal.Kernel.Text;
using HaiPhongUrban.Portal.Kernel.Diagnostics;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace HaiPhongUrban.Portal.Cli;

/// <summary>
/// What a command line that System.CommandLine could not match is told, in the interface language: an
/// unknown command or option (with the nearest name when one is close), a missing argument or value, a
/// value of the wrong kind (<c>serve --port abc</c>), a word too many. Read from the parse result's
/// structure (unmatched tokens, the option or argument an error is on, its tokens), never from
/// System.CommandLine's messages, which are English and internal.
/// </summary>
public static class UsageErrors
{
    /// <summary>
    /// One sentence for each thing wrong, each saying what to do. Empty when the only thing wrong is that
    /// no command was given, which the caller answers with the help.
    /// </summary>
    public static IReadOnlyList<string> Of(ParseResult parse, UiLanguage language)
    {
        var path = PathOf(parse);
        var found = Unmatched(parse.UnmatchedTokens, path, language).ToList();

        // One sentence per option or argument, however many checks it failed. An error on a command is an
        // unmatched token (said above) or the command left out: no command here has a check of its own.
        foreach (var error in parse.Errors.DistinctBy(error => error.SymbolResult))
        {
            switch (error.SymbolResult)
            {
                case OptionResult option:
                    found.Add(OptionValue(option.Option, option.Tokens, error.Message, language));
                    break;
                case ArgumentResult { Parent: OptionResult option }:
                    found.Add(OptionValue(option.Option, option.Tokens, error.Message, language));
                    break;
                case ArgumentResult { Tokens.Count: 0 } argument:
                    found.Add(CliMessages.MissingArgument.Format(language, [HelpText.CommandLine(path), HelpText.ArgumentLabel(argument.Argument)]));
                    break;
                case ArgumentResult:
                    // Arguments here are texts, so no conversion fails: what is left is a check of ours,
                    // which words its error in the interface language.
                    found.Add(error.Message);
                    break;
                case null:
                    found.Add(CliMessages.NotUnderstood.Format(language, [$"`{HelpText.CommandLine(path)}`"]));
                    break;
            }
        }

        return found;
    }

    /// <summary>The root command first, then each command down to the one the command line reached.</summary>
    public static IReadOnlyList<Command> PathOf(ParseResult parse)
    {
        var path = new List<Command>();
        for (SymbolResult? result = parse.CommandResult; result is not null; result = result.Parent)
        {
            if (result is CommandResult command)
            {
                path.Insert(0, command.Command);
            }
        }

        return path;
    }

    /// <summary>
    /// The candidate nearest to what was typed, if one is near enough to be what was meant: one it begins
    /// (<c>--out</c>: <c>--output</c>), or one a few letters away, a swap of two neighbours counting as one
    /// (<c>bild</c>, <c>biuld</c>: <c>build</c>); the first declared among equals. Case is ignored.
    /// </summary>
    public static string? Nearest(string typed, IEnumerable<string> candidates)
    {
        var word = typed.ToLowerInvariant();
        return candidates
            .Distinct(StringComparer.Ordinal)
            .Select((candidate, order) => (Candidate: candidate, Order: order, Distance:
                word.TrimStart('-').Length >= 2 && candidate.StartsWith(word, StringComparison.Ordinal) ? 0 : EditDistance.Between(word, candidate.ToLowerInvariant(), swapIsOneStep: true)))
            .Where(near => near.Distance <= Math.Max(1, near.Candidate.TrimStart('-').Length / 3))
            .OrderBy(near => near.Distance)
            .ThenBy(near => near.Order)
            .Select(near => near.Candidate)
            .FirstOrDefault();
    }

    private static IEnumerable<string> Unmatched(IReadOnlyList<string> tokens, IReadOnlyList<Command> path, UiLanguage language)
    {
        var command = path[^1];
        var typed = HelpText.CommandLine(path);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Length > 1 && token.StartsWith('-'))
            {
                var name = token.Split('=', ':')[0];
                var options = HelpText.OptionsOf(path);
                yield return Nearest(name, options.SelectMany(HelpText.Names)) is { } like
                    ? CliMessages.UnknownOptionLike.Format(language, [typed, name, like])
                    : CliMessages.UnknownOption.Format(language, [typed, name, string.Join(", ", options.Select(option => option.Name))]);

                // The word after an unknown option is most likely its value: one mistake, said once.
                i += i + 1 < tokens.Count && !tokens[i + 1].StartsWith('-') ? 1 : 0;
            }
            else if (command.Subcommands.Count > 0 && command.Arguments.Count == 0)
            {
                var commands = command.Subcommands.Where(sub => !sub.Hidden).Select(sub => sub.Name).ToList();
                yield return Nearest(token, commands) is { } like
                    ? CliMessages.UnknownCommandLike.Format(language, [token, like])
                    : CliMessages.UnknownCommand.Format(language, [token, string.Join(", ", commands)]);

                // What follows was meant for the command that was not found: nothing more to say of it.
                yield break;
            }
            else
            {
                yield return CliMessages.ExtraArgument.Format(language, [typed, token]);
            }
        }
    }

    /// <param name="message">The error System.CommandLine holds: said only when it comes from a check of ours (the port's range), worded in the interface language.</param>
    private static string OptionValue(Option option, IReadOnlyList<Token> tokens, string message, UiLanguage language)
    {
        if (tokens.Count == 0)
        {
            return CliMessages.MissingValue.Format(language, [option.Name, HelpText.ValueLabel(option)]);
        }

        if (tokens.Count > option.Arity.MaximumNumberOfValues)
        {
            return CliMessages.GivenTwice.Format(language, [option.Name, tokens.Count.ToString(CultureInfo.InvariantCulture)]);
        }

        var value = tokens[0].Value;
        if (option.ValueType == typeof(int) && !int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
        {
            return CliMessages.NotWholeNumber.Format(language, [option.Name, value, HelpText.DefaultOf(option) ?? "0"]);
        }

        var choices = HelpText.Choices(option);
        return choices.Count > 0 && !choices.Contains(value, StringComparer.Ordinal)
            ? CliMessages.NotAChoice.Format(language, [option.Name, value, string.Join(", ", choices)])
            : message;
    }

}
