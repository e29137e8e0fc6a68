using System.Security.Cryptography;

namespace HaiPhongUrban.Portal.Kernel.Output;

/// <summary>
/// A new, hidden sibling of the output folder that the build writes into. Being on the same file
/// system as the output, it can replace it with a rename: readers and deploys never see a half-written
/// site, and a failed build leaves the old output exactly as it was. Its name, and that of the old
/// output while it is set aside, follow <see cref="InterruptedSwap"/>'s patterns, so a build killed at
/// any instant leaves only folders the next build recognises, finishes or removes.
/// </summary>
public sealed class StagingFolder : IOutputSink
{
    /// <summary>The folders made so far, each made once however many files it receives.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> _made = new(StringComparer.Ordinal);

    private StagingFolder(string path) => Path = path;

    public string Path { get; }

    /// <summary>Where the old output waits while the new one is renamed in.</summary>
    public string Previous => Path + InterruptedSwap.PreviousSuffix;

    public static StagingFolder CreateBeside(string outputDirectory)
    {
        var parent = System.IO.Path.GetDirectoryName(outputDirectory)!;
        Directory.CreateDirectory(parent);
        var name = InterruptedSwap.StagingPrefix(outputDirectory) + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
        var path = System.IO.Path.Combine(parent, name);
        Directory.CreateDirectory(path);
        return new StagingFolder(path);
    }

    public void Write(string relativePath, ReadOnlySpan<byte> bytes)
    {
        // A handle and one write, not a FileStream: a 10,000-page build writes 20,000 files, and the stream's
        // buffering, seeking and truncating of an empty new file were six system calls of each.
        using var file = File.OpenHandle(Target(relativePath), FileMode.Create, FileAccess.Write);
        RandomAccess.Write(file, bytes, fileOffset: 0);
    }

    public Stream Create(string relativePath) =>
        new FileStream(Target(relativePath), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);

    /// <summary>The file's path in the staging folder, its folder made (once: most pages have a folder of their own, many files share one).</summary>
    private string Target(string relativePath)
    {
        var target = System.IO.Path.Combine(Path, relativePath);
        var folder = System.IO.Path.GetDirectoryName(target)!;
        // Added only once made: a writer that finds the folder listed can create its file at once. (Listing it
        // first let a second writer of the same folder try before the first had made it.)
        _made.GetOrAdd(folder, made =>
        {
            Directory.CreateDirectory(made);
            return (byte)0;
        });

        return target;
    }

    /// <summary>
    /// Swaps the staging folder in for the output. Each step leaves a state the next build recovers
    /// (<see cref="InterruptedSwap.Recover"/>): the mark is written last into the staging folder (it is now
    /// a complete site), the old output is renamed to <see cref="Previous"/>, the staging folder to the
    /// output, and the old one is deleted.
    /// </summary>
    public void ReplaceOutput(string outputDirectory)
    {
        OutputMark.WriteInto(Path);
        var hadOutput = Directory.Exists(outputDirectory);
        if (hadOutput)
        {
            Directory.Move(outputDirectory, Previous);
        }

        try
        {
            Directory.Move(Path, outputDirectory);
        }
        catch
        {
            // Put the old site back before reporting: the output is untouched on failure.
            if (hadOutput)
            {
                Directory.Move(Previous, outputDirectory);
            }

            throw;
        }

        if (hadOutput)
        {
            InterruptedSwap.Delete(Previous);
        }
    }

    /// <summary>Removes what a failed build wrote: the mark first, so a half-deleted folder is never taken for a complete site.</summary>
    public void Discard() => InterruptedSwap.Delete(Path);
}
