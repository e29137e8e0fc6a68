using HaiPhongUrban.Portal.Building;
using HaiPhongUrban.Portal.Cli;
using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Tests.Support;
using System.Text.RegularExpressions;
using Spectre.Console;

namespace HaiPhongUrban.Portal.Tests.Cli;

/// <summary>
/// Progress at a terminal: the CLI given an interactive ANSI console (Spectre's own, writing to a string,
/// as it would to a terminal) draws the live display there instead of the plain lines, finishes it
/// before the closing line and the problems, and leaves it at the stage that stopped the run.
/// </summary>
public sealed partial class TerminalProgressTests
{
    /// <summary>Runs the CLI with the display and stdout on one writer, as they share one terminal in Program.cs.</summary>
    private static (int Code, string Screen, string Err) Run(string workingDirectory, params string[] args)
    {
        var screen = new StringWriter();
        var stderr = new StringWriter();
        var terminal = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(screen),
            Interactive = InteractionSupport.Yes,
            Ansi = AnsiSupport.Yes,
            ColorSystem = ColorSystemSupport.TrueColor,
        });
        var code = PortalCli.Run(args, workingDirectory, screen, stderr, terminal);
        return (code, screen.ToString(), stderr.ToString());
    }

    [Fact]
    public void Build_draws_every_stage_fills_the_page_bar_and_ends_the_display_before_the_closing_line()
    {
        using var workspace = Workspace.Create();

        var (code, screen, _) = Run(workspace.Root, "build");

        Assert.Equal(0, code);
        Assert.Contains("\u001b[", screen, StringComparison.Ordinal); // drawn with escape codes, not printed as lines
        var text = WithoutEscapes(screen);
        var lines = text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Đã dựng ", lines[^1], StringComparison.Ordinal);
        var pages = Regex.Match(lines[^1], "^Đã dựng ([0-9]+) trang").Groups[1].Value;

        // The display's last frame, just above the closing line: every stage, the page bar full.
        var frame = lines[^9..^1];
        AssertRowsStartWith(Enum.GetValues<BuildStage>().Select(s => StageWording.Numbered(s, 8, UiLanguage.Vietnamese) + " "), frame);
        Assert.Contains($"{pages}/{pages} trang", frame[5], StringComparison.Ordinal);
        Assert.DoesNotContain("…", text, StringComparison.Ordinal); // no plain progress line
    }

    [Fact]
    public void Failed_validation_leaves_the_display_at_the_failing_stage_in_english_and_prints_the_problems()
    {
        using var workspace = Workspace.Create("unknown-id");

        var (code, screen, stderr) = Run(workspace.Root, "validate", "--lang", "en");

        Assert.Equal(1, code);
        var lines = WithoutEscapes(screen).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        AssertRowsStartWith(["[1/7] Reading content and theme ", "[2/7] Checking content "], lines[^2..]);
        Assert.DoesNotContain("[3/7]", screen, StringComparison.Ordinal);
        Assert.Contains("error: There is no paragraph with the id 'han-che-9'", stderr, StringComparison.Ordinal);
        Assert.Contains("Nothing was written; the previous output is unchanged.", stderr, StringComparison.Ordinal);
    }

    /// <summary>Each row names its stage first; the bar, count and time follow.</summary>
    private static void AssertRowsStartWith(IEnumerable<string> stages, IReadOnlyList<string> rows)
    {
        var expected = stages.ToList();
        Assert.True(expected.Count == rows.Count && expected.Zip(rows).All(p => p.Second.StartsWith(p.First, StringComparison.Ordinal)),
            $"expected rows starting with:\n{string.Join('\n', expected)}\ngot:\n{string.Join('\n', rows)}");
    }

    private static string WithoutEscapes(string screen) => Escape().Replace(screen, string.Empty).Replace("\r", string.Empty, StringComparison.Ordinal);

    [GeneratedRegex(@"\u001b\[[0-9;?]*[A-Za-z]")]
    private static partial Regex Escape();
}
