using System.Buffers;
using System.Text;
using System.Text.Unicode;
using HaiPhongUrban.Portal.Diagnostics;

namespace HaiPhongUrban.Portal.Loading;

/// <summary>
/// Reads a content or theme file as strict UTF-8. A file in another encoding is refused with the
/// line and column of its first bad byte rather than read with replacement characters, because a
/// silently garbled Vietnamese letter in the official wording is worse than a stopped build.
/// </summary>
public static class ReadTextFile
{
    public static string? Read(string path, DiagnosticBag diagnostics)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(SourceLocation.StartOf(path), Messages.FileUnreadable, ex.Message);
            return null;
        }

        return Decode(path, bytes, diagnostics);
    }

    public static string? Decode(string path, ReadOnlySpan<byte> bytes, DiagnosticBag diagnostics)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            diagnostics.Error(SourceLocation.StartOf(path), Messages.Utf16);
            return null;
        }

        // A UTF-8 byte-order mark is harmless and some Windows editors add it: accept and drop it.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        var chars = ArrayPool<char>.Shared.Rent(Math.Max(bytes.Length, 1));
        try
        {
            var status = Utf8.ToUtf16(bytes, chars, out var bytesRead, out var charsWritten, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
            {
                diagnostics.Error(LocationOfByte(path, bytes, bytesRead), Messages.NotUtf8);
                return null;
            }

            return new string(chars, 0, charsWritten);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>Line and column (in characters) of a byte offset, counting only the valid text before it.</summary>
    private static SourceLocation LocationOfByte(string path, ReadOnlySpan<byte> bytes, int offset)
    {
        var before = Encoding.UTF8.GetString(bytes[..offset]);
        var line = 1 + before.Count(c => c == '\n');
        var column = 1 + before.Length - (before.LastIndexOf('\n') + 1);
        return new SourceLocation(path, line, column);
    }
}
