using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Building;
using HaiPhongUrban.Portal.Kernel.Urls;

namespace HaiPhongUrban.Portal.Tests.Support;

/// <summary>Runs the real pipeline in-process over a workspace and formats its problems as the CLI does.</summary>
public static class Runs
{
    public static BuildResult Build(Workspace workspace, bool write = true, LinkMode links = LinkMode.Served) =>
        SiteBuilder.Run(new BuildRequest(workspace.Content, workspace.Theme, workspace.Output, write, workspace.Root, Links: links));

    public static IReadOnlyList<string> Errors(BuildResult result, string workingDirectory) =>
        result.Diagnostics.Where(d => d.Severity == Severity.Error)
            .Select(d => DiagnosticFormatter.Format(d, UiLanguage.English, workingDirectory))
            .ToList();
}
