using HaiPhongUrban.Portal.Cli;
using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Tests.Support;

namespace HaiPhongUrban.Portal.Tests.Cli;

/// <summary>
/// <c>--help</c> of the root and of every command is in the interface language: Vietnamese, or English
/// under <c>--lang en</c>, with none of System.CommandLine's English; and <c>portal</c> alone lists the commands.
/// </summary>
public sealed class HelpTextTests
{
    /// <summary>The root ("") and every command of the tree, a command added later included.</summary>
    public static TheoryData<string> Commands()
    {
        var data = new TheoryData<string> { string.Empty };
        foreach (var command in Tree(UiLanguage.Vietnamese).Subcommands)
        {
            data.Add(command.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void The_help_of_every_command_is_vietnamese_by_default(string command)
    {
        foreach (var flag in new[] { "--help", "-h", "-?" })
        {
            var (code, stdout, stderr) = UsageRun.Run([.. Words(command), flag]);

            Assert.Equal(0, code);
            Assert.Empty(stderr);
            Assert.Contains("Cách dùng:", stdout, StringComparison.Ordinal);
            Assert.Contains("Tùy chọn:", stdout, StringComparison.Ordinal);
            Assert.Matches(@"(?m)^  -\?, -h, --help {2,}\S", stdout);
            Assert.Contains(Description(command, UiLanguage.Vietnamese), stdout, StringComparison.Ordinal);
            Assert.DoesNotContain(Description(command, UiLanguage.English), stdout, StringComparison.Ordinal);
            Assert.All(UsageRun.BuiltInEnglish, phrase => Assert.DoesNotContain(phrase, stdout, StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Lang_en_gives_the_help_in_english(string command)
    {
        var (code, stdout, _) = UsageRun.Run([.. Words(command), "--help", "--lang", "en"]);
        var (_, before, _) = UsageRun.Run(["--lang=en", .. Words(command), "-h"]);

        Assert.Equal(0, code);
        Assert.Equal(stdout, before);
        Assert.Contains("Usage:", stdout, StringComparison.Ordinal);
        Assert.Contains(Description(command, UiLanguage.English), stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Cách dùng:", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Show help and usage information", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void An_option_line_names_the_option_its_value_and_its_default()
    {
        var (_, stdout, _) = UsageRun.Run("build --help");

        Assert.Contains("  --content <thư-mục>  ", stdout, StringComparison.Ordinal);
        Assert.Contains("Thư mục nội dung [mặc định: content]", stdout, StringComparison.Ordinal);
        Assert.Contains("  --lang <en|vi>  ", stdout, StringComparison.Ordinal);
        Assert.Contains("Cách dùng:" + Environment.NewLine + "  portal build [tùy chọn]" + Environment.NewLine, stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_switch_is_shown_as_typed_with_neither_a_value_nor_a_default()
    {
        var (_, stdout, _) = UsageRun.Run("build --help");

        var line = Assert.Single(stdout.Split(Environment.NewLine), l => l.StartsWith("  --offline", StringComparison.Ordinal));
        Assert.Matches(@"^  --offline {2,}Dựng bản sao", line);
        Assert.DoesNotContain("mặc định", line, StringComparison.Ordinal);
    }

    [Fact]
    public void The_help_answers_even_on_a_line_with_a_mistake()
    {
        var (code, stdout, _) = UsageRun.Run("build --contnt x -h");

        Assert.Equal(0, code);
        Assert.Contains("portal build [tùy chọn]", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void No_command_lists_the_commands_and_exits_one()
    {
        var (code, stdout, stderr) = UsageRun.Run();

        Assert.Equal(1, code);
        Assert.Equal("error: Chưa có lệnh nào. Hãy viết một lệnh ngay sau portal, ví dụ `portal build`; các lệnh được liệt kê dưới đây.", UsageRun.Lines(stderr).Single());
        Assert.Contains("Lệnh:", stdout, StringComparison.Ordinal);
        Assert.All(Tree(UiLanguage.Vietnamese).Subcommands, command => Assert.Contains($"{Environment.NewLine}  {command.Name} ", stdout, StringComparison.Ordinal));
        Assert.All(UsageRun.BuiltInEnglish, phrase => Assert.DoesNotContain(phrase, stdout + stderr, StringComparison.Ordinal));
    }

    [Fact]
    public void No_command_under_lang_en_is_told_in_english()
    {
        var (code, stdout, stderr) = UsageRun.Run("--lang en");

        Assert.Equal(1, code);
        Assert.StartsWith("error: No command was given.", stderr, StringComparison.Ordinal);
        Assert.Contains("Commands:", stdout, StringComparison.Ordinal);
    }

    private static System.CommandLine.RootCommand Tree(UiLanguage language) =>
        PortalCli.CommandTree(language, RepoPaths.Root, TextWriter.Null, TextWriter.Null);

    private static string Description(string command, UiLanguage language)
    {
        var root = Tree(language);
        return (command.Length == 0 ? root : root.Subcommands.Single(c => c.Name == command)).Description!;
    }

    private static string[] Words(string command) => command.Length == 0 ? [] : [command];
}
