using HaiPhongUrban.Portal.Cli;
using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Tests.Support;
using System.CommandLine;

namespace HaiPhongUrban.Portal.Tests.Cli;

/// <summary>
/// Every command, option and argument of the command line, a section's included, is described in both
/// languages: the tree made in Vietnamese and in English, walked side by side. And the pieces the help and
/// the errors rest on: the language read before parsing, the nearest name offered for a typo.
/// </summary>
public sealed class CommandDescriptionsTests
{
    [Fact]
    public void Every_command_option_and_argument_has_a_vietnamese_and_an_english_description()
    {
        var problems = new List<string>();
        var described = Walk(Tree(UiLanguage.Vietnamese), Tree(UiLanguage.English), "portal", problems);

        Assert.True(problems.Count == 0, string.Join('\n', problems));
        Assert.True(described > 20, $"only {described} symbols walked");
    }

    [Theory]
    [InlineData(new[] { "build" }, UiLanguage.Vietnamese)]
    [InlineData(new[] { "build", "--lang", "en" }, UiLanguage.English)]
    [InlineData(new[] { "--lang=en", "build" }, UiLanguage.English)]
    [InlineData(new[] { "build", "--lang:en" }, UiLanguage.English)]
    [InlineData(new[] { "build", "--lang", "vi" }, UiLanguage.Vietnamese)]
    [InlineData(new[] { "build", "--lang", "fr" }, UiLanguage.Vietnamese)]
    [InlineData(new[] { "build", "--lang", "en", "--lang", "vi" }, UiLanguage.Vietnamese)]
    [InlineData(new[] { "build", "--", "--lang", "en" }, UiLanguage.Vietnamese)]
    [InlineData(new[] { "build", "--lang" }, UiLanguage.Vietnamese)]
    public void The_language_is_read_before_parsing(string[] args, UiLanguage expected) =>
        Assert.Equal(expected, PortalCli.LanguageOf(args));

    [Theory]
    [InlineData("bild", "build")]
    [InlineData("biuld", "build")]
    [InlineData("BUILD", "build")]
    [InlineData("valdate", "validate")]
    [InlineData("record", "record-urls")]
    [InlineData("xyz", null)]
    [InlineData("bd", null)]
    public void The_nearest_command_is_one_it_begins_or_a_letter_or_two_away(string typed, string? expected) =>
        Assert.Equal(expected, UsageErrors.Nearest(typed, ["build", "validate", "serve", "record-urls", "import-plan"]));

    [Theory]
    [InlineData("--contnt", "--content")]
    [InlineData("--out", "--output")]
    [InlineData("--baseurl", "--base-url")]
    [InlineData("--offline", null)]
    public void The_nearest_option_is_one_it_begins_or_a_letter_or_two_away(string typed, string? expected) =>
        Assert.Equal(expected, UsageErrors.Nearest(typed, ["--content", "--theme", "--output", "--base-url", "--lang", "-?", "-h", "--help"]));

    private static RootCommand Tree(UiLanguage language) => PortalCli.CommandTree(language, RepoPaths.Root, TextWriter.Null, TextWriter.Null);

    /// <returns>How many commands, options and arguments were compared.</returns>
    private static int Walk(Command vietnamese, Command english, string path, List<string> problems)
    {
        var count = Compare(vietnamese, english, path, problems);
        count += Pairs(vietnamese.Options, english.Options).Sum(pair => Compare(pair.Vi, pair.En, $"{path} {pair.Vi.Name}", problems));
        count += Pairs(vietnamese.Arguments, english.Arguments).Sum(pair => Compare(pair.Vi, pair.En, $"{path} <{pair.Vi.Name}>", problems));
        return count + Pairs(vietnamese.Subcommands, english.Subcommands).Sum(pair => Walk(pair.Vi, pair.En, $"{path} {pair.Vi.Name}", problems));
    }

    private static IEnumerable<(T Vi, T En)> Pairs<T>(IList<T> vietnamese, IList<T> english)
        where T : Symbol
    {
        Assert.Equal(vietnamese.Select(s => s.Name), english.Select(s => s.Name));
        return vietnamese.Zip(english);
    }

    private static int Compare(Symbol vietnamese, Symbol english, string path, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(vietnamese.Description) || string.IsNullOrWhiteSpace(english.Description))
        {
            problems.Add($"{path}: no description in {(string.IsNullOrWhiteSpace(vietnamese.Description) ? "Vietnamese" : "English")}");
        }
        else if (vietnamese.Description == english.Description)
        {
            problems.Add($"{path}: the same description in both languages: \"{vietnamese.Description}\"");
        }
        else if (vietnamese.Description.Contains(" / ", StringComparison.Ordinal) || english.Description.Contains(" / ", StringComparison.Ordinal))
        {
            problems.Add($"{path}: both languages in one description: \"{vietnamese.Description}\"");
        }

        return 1;
    }
}
