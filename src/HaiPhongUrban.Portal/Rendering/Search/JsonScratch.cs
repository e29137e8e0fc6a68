using System.Buffers;
using System.Text.Json;

namespace HaiPhongUrban.Portal.Rendering.Search;

/// <summary>
/// One thread's buffer and JSON writer, kept from file to file while the search index writes its thousands of
/// small files (postings, bundles): a buffer and a writer of each, most never filled, were tens of megabytes of a
/// 10,000-page build. Each file is started, written through <see cref="Json"/>, then copied out.
/// </summary>
internal sealed class JsonScratch(JsonWriterOptions options, int bytes) : IDisposable
{
    private readonly ArrayBufferWriter<byte> _buffer = new(bytes);

    public Utf8JsonWriter Json { get; } = new(Stream.Null, options);

    /// <summary>Empties the buffer and points the writer at it, for the next file.</summary>
    public Utf8JsonWriter Start()
    {
        _buffer.ResetWrittenCount();
        Json.Reset(_buffer);
        return Json;
    }

    /// <summary>The file written since <see cref="Start"/>.</summary>
    public byte[] Finish()
    {
        Json.Flush();
        return _buffer.WrittenSpan.ToArray();
    }

    public void Dispose() => Json.Dispose();
}
