using HaiPhongUrban.Portal.Building;
using HaiPhongUrban.Portal.Kernel.Diagnostics;

namespace HaiPhongUrban.Portal.Cli;

/// <summary>
/// Progress where nobody watches a terminal (CI, the Netlify log, a pipe, tests): one line per stage as
/// it starts, on stdout, so the last line before the problems on stderr names the stage that found them.
/// Pages done are not printed: a log is read afterwards, and one line per page would drown it.
/// </summary>
public sealed class PlainProgress(TextWriter stdout, UiLanguage language, bool write) : IProgress<BuildProgress>
{
    private readonly int _stageCount = BuildProgress.StageCount(write);

    public void Report(BuildProgress value)
    {
        // Only the builder's own thread starts stages; the render's worker threads report pages done,
        // which are skipped here, so lines never interleave.
        if (value.Starts)
        {
            stdout.WriteLine(StageWording.StartLine(value, _stageCount, language));
        }
    }
}
