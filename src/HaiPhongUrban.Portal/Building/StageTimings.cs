using System.Diagnostics;
using System.Globalization;

namespace HaiPhongUrban.Portal.Building;

/// <summary>
/// <c>--timings</c>: how long each stage of the run took, printed to stderr once the run ends, one line
/// per stage that started (<c>timing Load 412 ms, CPU 690 ms</c>) and the run's total. The CPU time is
/// every thread's, so a stage done in parallel shows more CPU than wall time, and a busy machine's
/// waiting shows as wall time alone. For the benchmark
/// (tools/bench/run.sh) and for staff wondering where a slow build goes; stderr keeps stdout's lines
/// those of a build without it. A stage's time is from its start to the next stage's start, or to the
/// end of the run for the last one; pages reported done pass through to the display unchanged.
/// </summary>
public sealed class StageTimings(IProgress<BuildProgress>? inner = null) : IProgress<BuildProgress>
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly TimeSpan _cpuAtStart = CpuTime();
    private readonly List<(BuildStage Stage, TimeSpan Start, TimeSpan Cpu)> _starts = [];

    public void Report(BuildProgress value)
    {
        // Only the builder's own thread starts stages, so the list needs no lock.
        if (value.Starts)
        {
            _starts.Add((value.Stage, _clock.Elapsed, CpuTime()));
        }

        inner?.Report(value);
    }

    /// <summary>The lines of the run so far: each started stage, then the total (the guard before stage 1 included).</summary>
    public IReadOnlyList<string> Lines()
    {
        var (end, endCpu) = (_clock.Elapsed, CpuTime());
        var lines = _starts
            .Select((started, i) => i + 1 < _starts.Count
                ? Line(started.Stage.ToString(), _starts[i + 1].Start - started.Start, _starts[i + 1].Cpu - started.Cpu)
                : Line(started.Stage.ToString(), end - started.Start, endCpu - started.Cpu))
            .ToList();
        lines.Add(Line("Total", end, endCpu - _cpuAtStart));
        return lines;
    }

    private static TimeSpan CpuTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private static string Line(string name, TimeSpan wall, TimeSpan cpu) =>
        string.Create(CultureInfo.InvariantCulture, $"timing {name} {wall.TotalMilliseconds:0} ms, CPU {cpu.TotalMilliseconds:0} ms");
}
