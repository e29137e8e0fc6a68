using System.Buffers;
using System.Text;

namespace HaiPhongUrban.Portal.Kernel.Downloads;

/// <summary>
/// UTF-8 XML written into a buffer that is handed to a stream as it fills: the sheet of a million-row workbook
/// costs one buffer, not one string per cell. Text is escaped for both element content and attribute values
/// (<c>&amp; &lt; &gt; " '</c>); the validation stage has already refused what XML cannot hold.
/// </summary>
internal sealed class XmlText(Stream output)
{
    private const int FlushAt = 64 * 1024;

    private static readonly SearchValues<char> Escaped = SearchValues.Create("&<>\"'");

    private byte[] _buffer = new byte[FlushAt * 2];
    private int _length;

    /// <summary>Markup, as it is: the caller's own constant bytes.</summary>
    public void Raw(ReadOnlySpan<byte> markup)
    {
        Reserve(markup.Length);
        markup.CopyTo(_buffer.AsSpan(_length));
        _length += markup.Length;
    }

    /// <summary>Text, escaped.</summary>
    public void Text(ReadOnlySpan<char> text)
    {
        // A character is at most 3 bytes of UTF-8, and an escaped one at most 6 ("&quot;").
        Reserve(text.Length * 6);
        while (true)
        {
            var at = text.IndexOfAny(Escaped);
            var plain = at < 0 ? text : text[..at];
            _length += Encoding.UTF8.GetBytes(plain, _buffer.AsSpan(_length));
            if (at < 0)
            {
                return;
            }

            var entity = text[at] switch
            {
                '&' => "&amp;"u8,
                '<' => "&lt;"u8,
                '>' => "&gt;"u8,
                '"' => "&quot;"u8,
                _ => "&apos;"u8,
            };
            entity.CopyTo(_buffer.AsSpan(_length));
            _length += entity.Length;
            text = text[(at + 1)..];
        }
    }

    /// <summary>A value that formats itself as UTF-8 (a number), in the invariant culture.</summary>
    public void Value<T>(T value)
        where T : IUtf8SpanFormattable
    {
        Reserve(64);
        if (!value.TryFormat(_buffer.AsSpan(_length), out var written, default, System.Globalization.CultureInfo.InvariantCulture))
        {
            throw new InvalidOperationException($"{value} did not fit in 64 bytes.");
        }

        _length += written;
    }

    /// <summary>Hands what is buffered to the stream once it is worth a write.</summary>
    public void FlushIfFull()
    {
        if (_length >= FlushAt)
        {
            Flush();
        }
    }

    public void Flush()
    {
        output.Write(_buffer, 0, _length);
        _length = 0;
    }

    private void Reserve(int bytes)
    {
        if (_length + bytes <= _buffer.Length)
        {
            return;
        }

        Flush();
        if (bytes > _buffer.Length)
        {
            // A cell longer than the buffer (up to a CSV record's limit): the buffer grows to hold it.
            _buffer = new byte[bytes];
        }
    }
}
