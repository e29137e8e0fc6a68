namespace HaiPhongUrban.Portal.Kernel.Output;

/// <summary>
/// Where rendered files go as soon as each is ready (pages are streamed, not held in memory):
/// a staging folder for <c>build</c>, nowhere for <c>validate</c>.
/// </summary>
public interface IOutputSink
{
    /// <param name="relativePath">Path under the output folder, with '/' separators.</param>
    void Write(string relativePath, ReadOnlySpan<byte> bytes);

    /// <summary>A stream to write a large file into piece by piece (dataset downloads); the caller disposes it.</summary>
    Stream Create(string relativePath);
}
