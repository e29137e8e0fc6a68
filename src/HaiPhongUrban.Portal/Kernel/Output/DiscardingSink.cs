namespace HaiPhongUrban.Portal.Kernel.Output;

/// <summary>The sink of <c>validate</c>: everything is rendered and checked, nothing is written.</summary>
public sealed class DiscardingSink : IOutputSink
{
    public bool KeepsBytes => false;

    public void Write(string relativePath, ReadOnlySpan<byte> bytes)
    {
    }

    public Stream Create(string relativePath) => Stream.Null;
}
