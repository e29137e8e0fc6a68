using HaiPhongUrban.Portal.Model.Settings;
using HaiPhongUrban.Portal.Rendering;
using HaiPhongUrban.Portal.Sections.Conclusion.Validation;
using HaiPhongUrban.Portal.Sections.Datasets.Validation;
using HaiPhongUrban.Portal.Sections.Documents.Validation;
using HaiPhongUrban.Portal.Sections.Following.Validation;
using HaiPhongUrban.Portal.Sections.Pages.Validation;
using HaiPhongUrban.Portal.Sections.Updates.Validation;
using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Kernel.Theme;
using HaiPhongUrban.Portal.Sections;

namespace HaiPhongUrban.Portal.Validation;

/// <summary>
/// Stage 2, validate: every check over the loaded content and theme, all run even after a failure,
/// so that staff get the complete list of problems at once.
/// </summary>
public static class ValidateSite
{
    public static void Run(RawContent content, ThemeFiles theme, DiagnosticBag diagnostics)
    {
        if (content.Settings is { } settings)
        {
            ValidateSettings.Run(settings, theme, diagnostics);
        }

        ValidateTheme.Run(theme, content.Settings?.Language ?? "vi", diagnostics);

        if (content.Conclusion is { } conclusion)
        {
            ValidateFullText.Run(conclusion, diagnostics);
        }

        var index = new FullTextIndex(content.Conclusion);
        ValidateEditorial.Run(content, index, diagnostics);
        ValidateTraceLinks.Run(content, index, diagnostics);
        ValidatePages.Run(content.Pages, theme, diagnostics);
        ValidateDatasets.Run(content, diagnostics);
        ValidateTracker.Run(content, diagnostics);
        ValidateUpdates.Run(content, diagnostics);
    }
}
