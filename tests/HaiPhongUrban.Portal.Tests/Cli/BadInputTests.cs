using HaiPhongUrban.Portal.Cli;
using HaiPhongUrban.Portal.Tests.Support;
using System.Text;

namespace HaiPhongUrban.Portal.Tests.Cli;

/// <summary>
/// Each kind of bad input (<see cref="BadInputs"/>) through the real command line, over a copy of the
/// real content with a previous site already built: the exit code, the expected message at its
/// place, in English and Vietnamese, no stack trace or internal error, and the previous output
/// untouched byte for byte when there is an error. Each run's row of tools/hostile-input-table.md
/// must be what it printed: run with UPDATE_HOSTILE_TABLE=1 to rewrite the table from the runs.
/// </summary>
public sealed class BadInputTests(PreviousOutput previous) : IClassFixture<PreviousOutput>
{
    private static readonly string TableFile = Path.Combine(RepoPaths.Root, "tools", "hostile-input-table.md");

    [Theory]
    [MemberData(nameof(BadInputs.Ids), MemberType = typeof(BadInputs))]
    public void Bad_input_gives_its_message_no_crash_and_leaves_the_output_alone(string id)
    {
        var input = BadInputs.Named(id);
        using var workspace = Workspace.Create();
        previous.CopyTo(workspace.Output);
        var before = PreviousOutput.Snapshot(workspace.Output);
        input.ApplyTo(workspace);

        var (code, stderr) = Run(workspace.Root, "build", "--lang", "en");
        var (validateCode, vietnamese) = Run(workspace.Root, "validate");

        Assert.Equal(input.ExitCode, code);
        Assert.Equal(input.ExitCode, validateCode);
        var line = stderr.Split('\n').FirstOrDefault(l => l.StartsWith(input.Expected, StringComparison.Ordinal));
        Assert.True(line is not null, $"expected a line starting with:\n{input.Expected}\nstderr was:\n{stderr}");
        Assert.Contains("\n" + input.Expected.Split(": ")[0], "\n" + vietnamese, StringComparison.Ordinal); // same place in Vietnamese
        foreach (var output in new[] { stderr, vietnamese })
        {
            Assert.DoesNotContain("   at ", output, StringComparison.Ordinal); // no stack trace
            Assert.DoesNotContain("internal error", output, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", output, StringComparison.Ordinal);
        }

        var untouched = before.SequenceEqual(PreviousOutput.Snapshot(workspace.Output));
        if (input.ExitCode != 0)
        {
            Assert.True(untouched, "a failed build changed the previous output");
            Assert.Empty(Directory.GetDirectories(workspace.Root, ".output.staging-*"));
        }

        CheckTableRow(input, Row(input, code, line!, untouched));
    }

    private static (int Code, string Err) Run(string workingDirectory, params string[] args)
    {
        var stderr = new StringWriter();
        var code = PortalCli.Run(args, workingDirectory, new StringWriter(), stderr);
        return (code, stderr.ToString());
    }

    private static string Row(BadInput input, int code, string line, bool untouched) =>
        $"| {input.Kind} | `{input.Id}` | {code} | {Cell(line)} | 0 | {(untouched ? "yes" : "replaced (no error)")} |";

    private static string Cell(string text) => text.Trim().Replace("|", "\\|", StringComparison.Ordinal);

    /// <summary>The committed table must hold exactly this row; with UPDATE_HOSTILE_TABLE=1 the row is written instead.</summary>
    private static void CheckTableRow(BadInput input, string row)
    {
        var rows = File.Exists(TableFile)
            ? File.ReadAllLines(TableFile).Where(l => l.StartsWith("| ", StringComparison.Ordinal) && l.Contains("| `", StringComparison.Ordinal)).ToDictionary(IdOf)
            : [];
        if (Environment.GetEnvironmentVariable("UPDATE_HOSTILE_TABLE") == "1")
        {
            rows[input.Id] = row;
            WriteTable(rows);
            return;
        }

        Assert.True(rows.TryGetValue(input.Id, out var committed) && committed == row,
            $"tools/hostile-input-table.md is out of date for '{input.Id}' (run the tests with UPDATE_HOSTILE_TABLE=1):\n{row}");
    }

    private static string IdOf(string row) => row.Split("| `")[1].Split('`')[0];

    private static void WriteTable(Dictionary<string, string> rows)
    {
        var text = new StringBuilder()
            .AppendLine("# Hostile and broken input: what each gives")
            .AppendLine()
            .AppendLine("Written by `tests/HaiPhongUrban.Portal.Tests/Cli/BadInputTests.cs` from its own runs (`UPDATE_HOSTILE_TABLE=1 dotnet test")
            .AppendLine("tests/HaiPhongUrban.Portal.Tests --filter FullyQualifiedName~BadInputTests`), and checked against them on every test run.")
            .AppendLine("Each case is the real content with one file broken (`tests/fixtures/broken/<case>/`, or written by")
            .AppendLine("`BadInputs.cs` when too large, too deep or a link), run as `portal build --lang en` over a previous build;")
            .AppendLine("`portal validate` (Vietnamese) gives the same exit code and place. \"Message\" is the line of stderr for that input;")
            .AppendLine("\"unhandled exceptions\" counts stack traces and internal errors printed; \"output untouched\" compares every file")
            .AppendLine("of the previous output by SHA-256.")
            .AppendLine()
            .AppendLine("| kind of bad input | case | exit code | message (first line) | unhandled exceptions | output untouched |")
            .AppendLine("|---|---|---|---|---|---|");
        foreach (var input in BadInputs.All.Where(i => rows.ContainsKey(i.Id)))
        {
            text.AppendLine(rows[input.Id]);
        }

        File.WriteAllText(TableFile, text.ToString());
    }
}
