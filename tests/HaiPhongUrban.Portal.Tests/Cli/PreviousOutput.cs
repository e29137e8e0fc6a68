using HaiPhongUrban.Portal.Tests.Support;

namespace HaiPhongUrban.Portal.Tests.Cli;

/// <summary>
/// The real site built once, to stand in as "the previous output" that a failed run must leave
/// byte-for-byte as it was. Each test copies it into its own workspace.
/// </summary>
public sealed class PreviousOutput : IDisposable
{
    private readonly Workspace _workspace = Workspace.Create();

    public PreviousOutput()
    {
        var result = Runs.Build(_workspace);
        Assert.True(result.Succeeded, string.Join('\n', Runs.Errors(result, _workspace.Root)));
    }

    public void CopyTo(string output)
    {
        foreach (var file in Directory.EnumerateFiles(_workspace.Output, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(output, Path.GetRelativePath(_workspace.Output, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>Every file of a folder by relative path, with its SHA-256.</summary>
    public static IReadOnlyDictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));

    public void Dispose() => _workspace.Dispose();
}
