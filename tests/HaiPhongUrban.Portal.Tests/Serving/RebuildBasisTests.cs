using HaiPhongUrban.Portal.Building;
using HaiPhongUrban.Portal.Kernel.Caching;
using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Kernel.Output;
using HaiPhongUrban.Portal.Serving;
using HaiPhongUrban.Portal.Tests.Support;

namespace HaiPhongUrban.Portal.Tests.Serving;

/// <summary>
/// serve's rebuilds start from the last build that succeeded: a broken link saved into a failed build is still
/// reported when another file is saved next, on the real content.
/// </summary>
public sealed class RebuildBasisTests : IDisposable
{
    private readonly Workspace _workspace = Workspace.Create();
    private readonly WorkCache _cache = WorkCache.InMemory();
    private readonly RebuildBasis _basis = new();

    [Fact]
    public void Until_a_build_succeeds_there_is_nothing_to_rebuild_from()
    {
        Assert.Null(_basis.After(["/x/a.md"]));
        _basis.Built(null);
        Assert.Null(_basis.After(["/x/b.md"]));
    }

    [Fact]
    public void The_files_saved_into_a_failed_build_stay_saved_until_one_succeeds()
    {
        _basis.Built([]);
        Assert.Equal(["/x/a.md"], _basis.After(["/x/a.md"])!.ChangedFiles);
        _basis.Built(null);
        Assert.Equal(["/x/a.md", "/x/b.md"], _basis.After(["/x/b.md", "/x/a.md"])!.ChangedFiles);
        _basis.Built([]);
        Assert.Equal(["/x/c.md"], _basis.After(["/x/c.md"])!.ChangedFiles);
    }

    [Fact]
    public void A_broken_link_saved_into_a_failed_build_is_still_reported_when_another_file_is_saved()
    {
        var first = Build([]);
        Assert.True(first.Succeeded);

        File.AppendAllText(_workspace.ContentFile("pages/gioi-thieu.md"), "\n[Trang chưa có](/chua-co-trang-nay/)\n");
        Assert.False(Build([_workspace.ContentFile("pages/gioi-thieu.md")]).Succeeded);

        File.AppendAllText(_workspace.ContentFile("pages/tiep-can.md"), "\nMột câu thêm.\n");
        var next = Build([_workspace.ContentFile("pages/tiep-can.md")]);

        var error = Assert.Single(next.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(Messages.LinkBroken, error.Message);
        Assert.EndsWith("gioi-thieu.md", error.Location.FilePath, StringComparison.Ordinal);
    }

    public void Dispose() => _workspace.Dispose();

    /// <summary>One rebuild as serve runs it: forget what was saved, build from the basis, record the result.</summary>
    private BuildResult Build(IReadOnlyList<string> saved)
    {
        _cache.Forget(saved);
        var since = saved.Count == 0 ? null : _basis.After(saved);
        var result = SiteBuilder.Run(
            new BuildRequest(_workspace.Content, _workspace.Theme, _workspace.Output, Write: false, _workspace.Root) { Cache = _cache, Since = since },
            into: new MemorySink());
        _basis.Built(result.Succeeded ? result.Links : null);
        return result;
    }
}
