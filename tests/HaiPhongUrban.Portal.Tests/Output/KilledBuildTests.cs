using HaiPhongUrban.Portal.Cli;
using HaiPhongUrban.Portal.Kernel.Output;
using HaiPhongUrban.Portal.Tests.Cli;
using HaiPhongUrban.Portal.Tests.Support;

namespace HaiPhongUrban.Portal.Tests.Output;

/// <summary>
/// A build killed at any moment (issue 18, item 2): a child <c>portal build</c> is killed by strace's
/// fault injection at the n-th call of a system call (while pages are written, at each rename of the
/// swap, while the old site is deleted). After the kill there is exactly one complete site, the old or
/// the new, in the output folder or in the folder the next build puts back; after the next build the
/// output is the new site and nothing is left beside it but the build cache, which holds no half-written file.
/// </summary>
public sealed class KilledBuildTests(PreviousOutput previous) : IClassFixture<PreviousOutput>
{
    private const string NewTitle = "Giới thiệu (bản mới)";

    public static TheoryData<string, int> KillPoints => new()
    {
        { "openat", 400 },    // while pages are being written into the staging folder
        { "rename", 1 },      // the old output set aside: no output folder until the next rename
        { "rename", 2 },      // the new site renamed in
        { "unlink", 40 },     // while the old site is being deleted
        { "rename", 3 },      // the site published, the build cache's first file about to be renamed in
    };

    [Theory]
    [MemberData(nameof(KillPoints))]
    public async Task A_build_killed_at_any_moment_leaves_one_complete_site_and_the_next_build_no_debris(string call, int when)
    {
        using var workspace = Workspace.Create();
        previous.CopyTo(workspace.Output);
        var old = PreviousOutput.Snapshot(workspace.Output);
        workspace.Edit("content/pages/gioi-thieu.md", "title: ", "title: " + NewTitle + " #");
        var expected = NewSite(workspace);

        var syscalls = call switch { "rename" => "rename,renameat,renameat2", "unlink" => "unlink,unlinkat", _ => call };
        var (code, _, stderr) = await PortalProcess.RunAsync(
            ["build"], workspace.Root, new Dictionary<string, string>(),
            ["strace", "-f", "-o", "/dev/null", "-e", "trace=" + syscalls, "-e", $"inject={syscalls}:signal=KILL:when={when}"],
            TimeSpan.FromMinutes(3));

        Assert.True(code != 0, $"the build was not killed at {call} #{when}: {stderr}");
        var sites = SitesAfterKill(workspace).ToList();
        Assert.True(
            sites.Count(s => Same(s, old) || Same(s, expected)) >= 1,
            $"no complete site after a kill at {call} #{when}; against the new site, files that differ: "
            + string.Join(" | ", sites.Select(s => string.Join(", ", Differences(s, expected)))));

        var (next, nextErr) = Run(workspace.Root, "build", "--lang", "en");

        Assert.True(next == PortalCli.Success, nextErr);
        var published = PreviousOutput.Snapshot(workspace.Output);
        Assert.True(Same(published, expected), "the next build did not publish the new site; files that differ: " + string.Join(", ", Differences(published, expected)));
        // Beside the output only the build cache (.cache/portal/, kept on purpose), and in it no file a killed write left.
        Assert.Equal([".cache", "content", "output", "theme"], Directory.EnumerateFileSystemEntries(workspace.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(workspace.Root, ".cache"), "*.tmp", SearchOption.AllDirectories));
    }

    /// <summary>The site the edited content builds, in a workspace of its own.</summary>
    private static IReadOnlyDictionary<string, string> NewSite(Workspace workspace)
    {
        using var other = Workspace.Create();
        File.Copy(workspace.ContentFile("pages/gioi-thieu.md"), other.ContentFile("pages/gioi-thieu.md"), overwrite: true);
        Assert.True(Runs.Build(other).Succeeded);
        return PreviousOutput.Snapshot(other.Output);
    }

    /// <summary>The output folder, or else each folder beside it that the next build could put in its place.</summary>
    private static IEnumerable<IReadOnlyDictionary<string, string>> SitesAfterKill(Workspace workspace)
    {
        if (Directory.Exists(workspace.Output))
        {
            yield return PreviousOutput.Snapshot(workspace.Output);
            yield break;
        }

        foreach (var folder in Directory.GetDirectories(workspace.Root, ".output.staging-*"))
        {
            yield return PreviousOutput.Snapshot(folder);
        }
    }

    /// <summary>The same files with the same bytes; the build's mark, written last, is what makes a staging folder complete.</summary>
    private static bool Same(IReadOnlyDictionary<string, string> site, IReadOnlyDictionary<string, string> expected) =>
        site.ContainsKey(OutputMark.FileName) && site.Count == expected.Count && site.All(f => expected.TryGetValue(f.Key, out var hash) && hash == f.Value);

    /// <summary>The files present on one side only or with other bytes, so that a failure says which.</summary>
    private static IEnumerable<string> Differences(IReadOnlyDictionary<string, string> site, IReadOnlyDictionary<string, string> expected) =>
        site.Keys.Union(expected.Keys)
            .Where(file => !site.TryGetValue(file, out var hash) || !expected.TryGetValue(file, out var other) || hash != other)
            .Order(StringComparer.Ordinal)
            .Take(20);

    private static (int Code, string Err) Run(string workingDirectory, params string[] args)
    {
        var stderr = new StringWriter();
        var code = PortalCli.Run(args, workingDirectory, new StringWriter(), stderr);
        return (code, stderr.ToString());
    }
}
