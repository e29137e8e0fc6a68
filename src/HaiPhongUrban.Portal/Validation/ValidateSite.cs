using HaiPhongUrban.Portal.Content;
using HaiPhongUrban.Portal.Diagnostics;

namespace HaiPhongUrban.Portal.Validation;

/// <summary>
/// Stage 2, validate: every check over the loaded content and theme, all run even after a failure,
/// so that staff get the complete list of problems at once.
/// </summary>
public static class ValidateSite
{
    public static void Run(RawContent content, ThemeFiles theme, DiagnosticBag diagnostics, string workingDirectory)
    {
        if (content.Settings is { } settings)
        {
            ValidateSettings.Run(settings, theme, diagnostics);
        }

        ValidateTheme.Run(theme, content.Settings?.Language ?? "vi", diagnostics);

        if (content.Conclusion is { } conclusion)
        {
            ValidateConclusion.Run(conclusion, diagnostics, workingDirectory);
        }

        var index = new ConclusionIndex(content.Conclusion);
        ValidateEditorial.Run(content, index, diagnostics, workingDirectory);
        ValidateTraceLinks.Run(content, index, diagnostics);
        ValidatePages.Run(content.Pages, theme, diagnostics);
        Datasets.ValidateDatasets.Run(content, diagnostics, workingDirectory);
        Datasets.ValidateTracker.Run(content, diagnostics);
        ValidateUpdates.Run(content, diagnostics, workingDirectory);
    }
}
