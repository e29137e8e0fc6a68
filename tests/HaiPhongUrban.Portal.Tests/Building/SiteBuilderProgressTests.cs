using HaiPhongUrban.Portal.Tests.Support;
using HaiPhongUrban.Portal.Building;
using System.Collections.Concurrent;

namespace HaiPhongUrban.Portal.Tests.Building;

/// <summary>What the builder tells a progress listener: its stages in order, and each page rendered exactly once.</summary>
public sealed class SiteBuilderProgressTests
{
    [Fact]
    public void A_run_reports_its_stages_in_order_and_counts_every_page_once_from_the_render_threads()
    {
        using var workspace = Workspace.Create();
        var reports = new ConcurrentQueue<BuildProgress>();

        var result = SiteBuilder.Run(new BuildRequest(workspace.Content, workspace.Theme, workspace.Output, Write: false, workspace.Root), new Recorder(reports));

        Assert.True(result.Succeeded);
        Assert.Equal(
            [BuildStage.Load, BuildStage.Validate, BuildStage.Model, BuildStage.SearchIndex, BuildStage.PublishData, BuildStage.RenderPages, BuildStage.CheckLinks],
            reports.Where(r => r.Starts).Select(r => r.Stage)); // validate has no Write stage
        Assert.Equal(BuildProgress.StageCount(write: false), reports.Count(r => r.Starts));
        Assert.Contains(BuildProgress.Started(BuildStage.RenderPages, result.PageCount), reports);

        var pages = reports.Where(r => !r.Starts).ToList();
        Assert.All(pages, r => Assert.Equal((BuildStage.RenderPages, result.PageCount), (r.Stage, r.Total)));
        Assert.Equal(Enumerable.Range(1, result.PageCount), pages.Select(r => r.Done).Order());
    }

    /// <summary>Keeps every report as it comes, unlike <see cref="Progress{T}"/>, which would post them elsewhere later.</summary>
    private sealed class Recorder(ConcurrentQueue<BuildProgress> reports) : IProgress<BuildProgress>
    {
        public void Report(BuildProgress value) => reports.Enqueue(value);
    }
}
