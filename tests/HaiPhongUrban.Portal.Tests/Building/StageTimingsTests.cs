using HaiPhongUrban.Portal.Cli;
using HaiPhongUrban.Portal.Tests.Support;
using System.Text.RegularExpressions;

namespace HaiPhongUrban.Portal.Tests.Building;

/// <summary>
/// <c>--timings</c>, which the benchmark (tools/bench/run.sh) reads: one line per stage on stderr, in the
/// order the stages ran, then the total; stdout says what it says without the switch.
/// </summary>
public sealed partial class StageTimingsTests
{
    private static (int Code, string[] Out, string[] Err) Run(string workingDirectory, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = PortalCli.Run(args, workingDirectory, stdout, stderr);
        return (code, Lines(stdout), Lines(stderr));
    }

    private static string[] Lines(StringWriter writer) => writer.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);

    [Theory]
    [InlineData("build", new[] { "Load", "Validate", "Model", "SearchIndex", "PublishData", "RenderPages", "CheckLinks", "Write", "Total" })]
    [InlineData("validate", new[] { "Load", "Validate", "Model", "SearchIndex", "PublishData", "RenderPages", "CheckLinks", "Total" })]
    public void Timings_print_each_stage_that_ran_then_the_total_to_stderr_and_leave_stdout_alone(string command, string[] stages)
    {
        using var workspace = Workspace.Create();
        var (_, plain, _) = Run(workspace.Root, command);

        var (code, stdout, stderr) = Run(workspace.Root, command, "--timings");

        Assert.Equal(0, code);
        Assert.Equal(plain, stdout);
        var timings = stderr.Select(line => Timing().Match(line)).Where(m => m.Success).ToList();
        Assert.Equal(stages, timings.Select(m => m.Groups[1].Value));
        // The stages run one after another, so their wall times add up to no more than the total.
        var wall = timings.Select(m => long.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.True(wall[..^1].Sum() <= wall[^1] + stages.Length, $"the stages' times exceed the total: {string.Join(", ", wall)}");
    }

    [Fact]
    public void Without_the_switch_no_timing_is_printed()
    {
        using var workspace = Workspace.Create();

        var (_, _, stderr) = Run(workspace.Root, "build");

        Assert.DoesNotContain(stderr, line => line.StartsWith("timing ", StringComparison.Ordinal));
    }

    [GeneratedRegex("^timing ([A-Za-z]+) ([0-9]+) ms, CPU ([0-9]+) ms$")]
    private static partial Regex Timing();
}
