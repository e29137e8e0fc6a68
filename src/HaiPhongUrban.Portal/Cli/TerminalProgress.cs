using HaiPhongUrban.Portal.Building;
using HaiPhongUrban.Portal.Kernel.Diagnostics;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace HaiPhongUrban.Portal.Cli;

/// <summary>
/// Progress for someone at a terminal: a Spectre.Console display with one row per stage as it starts, a
/// bar that fills page by page while pages render, and each stage's time (the display's own clock, on
/// the screen only). The display ends before the run's problems are printed, and stays on the screen
/// up to the stage that stopped the run.
/// </summary>
public static class TerminalProgress
{
    public static BuildResult Run(IAnsiConsole terminal, UiLanguage language, bool write, Func<IProgress<BuildProgress>, BuildResult> build)
    {
        return terminal.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(
                new TaskDescriptionColumn { Alignment = Justify.Left },
                new ProgressBarColumn { Width = 24 },
                new PageCountColumn(language),
                new ElapsedTimeColumn())
            .Start(context =>
            {
                var rows = new Rows(context, language, write);
                var result = build(rows);
                rows.Finish(result.Succeeded);
                return result;
            });
    }

    /// <summary>Turns the builder's reports into rows of the display; reports of pages come from many threads.</summary>
    private sealed class Rows(ProgressContext context, UiLanguage language, bool write) : IProgress<BuildProgress>
    {
        private readonly object _gate = new();
        private readonly int _stageCount = BuildProgress.StageCount(write);
        private ProgressTask? _current;

        public void Report(BuildProgress value)
        {
            lock (_gate)
            {
                if (value.Starts)
                {
                    Complete();
                    // Escaped: '[6/8]' would otherwise read as Spectre markup, and so could a translation.
                    var description = Markup.Escape(StageWording.Numbered(value.Stage, _stageCount, language));
                    _current = context.AddTask(description, autoStart: true, maxValue: Math.Max(value.Total, 1));
                    _current.IsIndeterminate = value.Total == 0;
                    _current.Tag = value.Total;
                }
                else if (_current is not null)
                {
                    // Pages finish on many threads, so a report of 5 may follow one of 6: keep the largest.
                    _current.Value = Math.Max(_current.Value, value.Done);
                }
            }
        }

        /// <summary>The last row filled when the run succeeded; left where it stopped when it failed.</summary>
        public void Finish(bool succeeded)
        {
            lock (_gate)
            {
                if (succeeded)
                {
                    Complete();
                }
                else if (_current is not null)
                {
                    _current.IsIndeterminate = false;
                    _current.StopTask();
                }

                context.Refresh();
            }
        }

        private void Complete()
        {
            if (_current is null)
            {
                return;
            }

            _current.IsIndeterminate = false;
            _current.Value = _current.MaxValue;
            _current.StopTask();
        }
    }

    /// <summary>"40/75 trang" beside the render stage's bar; nothing beside stages without a count.</summary>
    private sealed class PageCountColumn(UiLanguage language) : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            task.Tag is int total and > 0
                ? new Text($"{(int)task.Value}/{StageWording.PageCount(total, language)}")
                : Text.Empty;
    }
}
