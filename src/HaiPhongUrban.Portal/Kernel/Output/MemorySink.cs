using System.Collections.Concurrent;

namespace HaiPhongUrban.Portal.Kernel.Output;

/// <summary>
/// The sink of <c>serve</c>: the whole site kept in memory (about 1.3 MB for the seed), so that a rebuild
/// touches no disk and the server swaps the new site in at once. Pages render in parallel, hence the
/// concurrent dictionary.
/// </summary>
public sealed class MemorySink : IOutputSink
{
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    /// <summary>Every file written, by its path under the output folder ('/' separators, no leading '/').</summary>
    public IReadOnlyDictionary<string, byte[]> Files => _files;

    public void Write(string relativePath, ReadOnlySpan<byte> bytes)
    {
        _later.TryRemove(relativePath, out _);
        _files[relativePath] = bytes.ToArray();
    }

    public void WriteKept(string relativePath, byte[] bytes)
    {
        _later.TryRemove(relativePath, out _);
        _files[relativePath] = bytes;
    }

    public Stream Create(string relativePath) => new FileInMemory(bytes => _files[relativePath] = bytes);

    private readonly ConcurrentDictionary<string, Lazy<byte[]>> _later = new(StringComparer.Ordinal);

    /// <summary>The files to be made when first read (<see cref="IOutputSink.WriteLater"/>), by path like <see cref="Files"/>; none is in both.</summary>
    public IReadOnlyDictionary<string, Lazy<byte[]>> Later => _later;

    private readonly ConcurrentDictionary<string, Lazy<IReadOnlyList<(string RelativePath, byte[] Bytes)>>> _folders = new(StringComparer.Ordinal);

    /// <summary>The folders whose files are made together when one is first read (<see cref="IOutputSink.WriteFolderLater"/>), by folder path.</summary>
    public IReadOnlyDictionary<string, Lazy<IReadOnlyList<(string RelativePath, byte[] Bytes)>>> LaterFolders => _folders;

    public void WriteFolderLater(string folder, Func<IReadOnlyList<(string RelativePath, byte[] Bytes)>> make) =>
        _folders[folder] = new Lazy<IReadOnlyList<(string RelativePath, byte[] Bytes)>>(make, LazyThreadSafetyMode.ExecutionAndPublication);

    public void WriteLater(string relativePath, Func<byte[]> make)
    {
        _files.TryRemove(relativePath, out _);
        _later[relativePath] = new Lazy<byte[]>(make, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>A stream whose bytes are stored when it is disposed, as a file is complete when closed.</summary>
    private sealed class FileInMemory(Action<byte[]> store) : MemoryStream
    {
        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                store(ToArray());
            }

            base.Dispose(disposing);
        }
    }
}
