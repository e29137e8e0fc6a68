using System.Security.Cryptography;

namespace HaiPhongUrban.Portal.Kernel.Output;

/// <summary>
/// A new, hidden sibling of the output folder that the build writes into. Being on the same file
/// system as the output, it can replace it with a rename: readers and deploys never see a half-written
/// site, and a failed build leaves the old output exactly as it was.
/// </summary>
public sealed class StagingFolder : IOutputSink
{
    private StagingFolder(string path) => Path = path;

    public string Path { get; }

    public static StagingFolder CreateBeside(string outputDirectory)
    {
        var parent = System.IO.Path.GetDirectoryName(outputDirectory)!;
        Directory.CreateDirectory(parent);
        var name = $".{System.IO.Path.GetFileName(outputDirectory)}.staging-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}";
        var path = System.IO.Path.Combine(parent, name);
        Directory.CreateDirectory(path);
        return new StagingFolder(path);
    }

    public void Write(string relativePath, ReadOnlySpan<byte> bytes)
    {
        var target = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
        File.WriteAllBytes(target, bytes);
    }

    public Stream Create(string relativePath)
    {
        var target = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
        return new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
    }

    /// <summary>Swaps the staging folder in for the output: old output aside, new one in, old one deleted.</summary>
    public void ReplaceOutput(string outputDirectory)
    {
        string? previous = null;
        if (Directory.Exists(outputDirectory))
        {
            previous = Path + ".previous";
            Directory.Move(outputDirectory, previous);
        }

        try
        {
            Directory.Move(Path, outputDirectory);
        }
        catch
        {
            // Put the old site back before reporting: the output is untouched on failure.
            if (previous is not null)
            {
                Directory.Move(previous, outputDirectory);
            }

            throw;
        }

        if (previous is not null)
        {
            Directory.Delete(previous, recursive: true);
        }
    }

    public void Discard()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
