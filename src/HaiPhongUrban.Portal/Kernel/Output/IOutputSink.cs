namespace HaiPhongUrban.Portal.Kernel.Output;

/// <summary>
/// Where rendered files go as soon as each is ready (pages are streamed, not held in memory):
/// a staging folder for <c>build</c>, nowhere for <c>validate</c>.
/// </summary>
public interface IOutputSink
{
    /// <param name="relativePath">Path under the output folder, with '/' separators.</param>
    void Write(string relativePath, ReadOnlySpan<byte> bytes);

    /// <summary>
    /// False for a sink that throws every byte away (<c>validate</c>'s): a file whose making checks nothing may be
    /// left unmade (the downloads of a million rows), where a page is still rendered for its links.
    /// </summary>
    bool KeepsBytes => true;

    /// <summary>
    /// A whole file whose bytes the caller keeps, unchanged, for later builds (the downloads a <c>serve</c> session
    /// keeps): a sink that holds files in memory may hold this very array instead of a copy of it.
    /// </summary>
    void WriteKept(string relativePath, byte[] bytes) => Write(relativePath, bytes);

    /// <summary>A stream to write a large file into piece by piece (dataset downloads); the caller disposes it.</summary>
    Stream Create(string relativePath);

    /// <summary>
    /// A file made only when it is read: the live preview's pages, rendered when the browser asks for one. A
    /// sink that keeps no file in memory makes it at once, so every other sink writes it as <see cref="Write"/> would.
    /// </summary>
    void WriteLater(string relativePath, Func<byte[]> make) => Write(relativePath, make());

    /// <summary>
    /// Files whose names are known only once they are made (the search index's, fingerprinted by their
    /// bytes), all in <paramref name="folder"/>: made together the first time a file there is read, by a sink
    /// that keeps files in memory; written at once by every other.
    /// </summary>
    void WriteFolderLater(string folder, Func<IReadOnlyList<(string RelativePath, byte[] Bytes)>> make)
    {
        foreach (var (path, bytes) in make())
        {
            Write(path, bytes);
        }
    }
}
