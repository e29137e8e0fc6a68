using HaiPhongUrban.Portal.Kernel.Diagnostics;
using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace HaiPhongUrban.Portal.Kernel.Files;

/// <summary>
/// Reads a content or theme file as strict UTF-8. A file in another encoding is refused with the
/// line and column of its first bad byte rather than read with replacement characters, because a
/// silently garbled Vietnamese letter in the official wording is worse than a stopped build. So is a
/// file too large for its kind, or one holding control characters (binary data, UTF-16 without its
/// byte-order mark), or one holding characters no published file can hold (<see cref="UnwritableCharacters"/>).
/// Decomposed Unicode (NFD) is composed (NFC) with a warning, except in the official
/// text, where it is an error: that text is published and hashed exactly as the file has it.
/// </summary>
public static class ReadTextFile
{
    /// <summary>C0 controls other than tab, line feed and carriage return, and DEL: never part of text.</summary>
    public static readonly SearchValues<char> ControlCharacters = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u007F");

    /// <param name="officialText">The official wording or its transcription: NFD is an error, not converted.</param>
    public static string? Read(string path, DiagnosticBag diagnostics, bool officialText = false) =>
        ReadBytes(path, diagnostics) is { } bytes ? Decode(path, bytes, diagnostics, officialText) : null;

    /// <summary>A file's bytes, or null when it is over the limit for its kind or cannot be read (reported).</summary>
    public static byte[]? ReadBytes(string path, DiagnosticBag diagnostics)
    {
        try
        {
            // Never open what is not an ordinary file: a named pipe would wait forever for a writer.
            if (RegularFile.IsSpecial(path))
            {
                diagnostics.Error(SourceLocation.StartOf(path), Messages.NotRegularFile, Path.GetFileName(path));
                return null;
            }

            var (limit, kind) = FileSizeLimits.For(path);
            var length = new FileInfo(path).Length;
            if (length > limit)
            {
                diagnostics.Error(SourceLocation.StartOf(path), Messages.FileTooLarge, FileSizeLimits.Megabytes(length), FileSizeLimits.Megabytes(limit), kind);
                return null;
            }

            return File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(SourceLocation.StartOf(path), Messages.FileUnreadable, ex.Message);
            return null;
        }
    }

    public static string? Decode(string path, ReadOnlySpan<byte> bytes, DiagnosticBag diagnostics, bool officialText = false)
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

        string text;
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(bytes.Length, 1));
        try
        {
            var status = Utf8.ToUtf16(bytes, chars, out var bytesRead, out var charsWritten, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
            {
                diagnostics.Error(LocationOfByte(path, bytes, bytesRead), Messages.NotUtf8);
                return null;
            }

            text = new string(chars, 0, charsWritten);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }

        var control = text.AsSpan().IndexOfAny(ControlCharacters);
        if (control >= 0)
        {
            diagnostics.Error(LocationOfChar(path, text, control), Messages.ControlCharacter, ((int)text[control]).ToString("X4", CultureInfo.InvariantCulture));
            return null;
        }

        // Before composing: .NET's normalisation throws on these, and no XML, JSON or XLSX file can hold them.
        var unwritable = UnwritableCharacters.IndexIn(text);
        if (unwritable >= 0)
        {
            diagnostics.Error(LocationOfChar(path, text, unwritable), Messages.UnwritableCharacter, UnwritableCharacters.CodeAt(text, unwritable));
            return null;
        }

        return Composed(path, text, diagnostics, officialText);
    }

    /// <summary>
    /// The text in NFC. Only the lines that change are counted and the first is pointed at, so that
    /// staff can find what their editor or a copy from a PDF decomposed.
    /// </summary>
    private static string? Composed(string path, string text, DiagnosticBag diagnostics, bool officialText)
    {
        if (PlainlyComposed(text) || text.IsNormalized(NormalizationForm.FormC))
        {
            return text;
        }

        var lines = text.Split('\n');
        var first = Array.FindIndex(lines, l => !l.IsNormalized(NormalizationForm.FormC));
        var count = lines.Count(l => !l.IsNormalized(NormalizationForm.FormC)).ToString(CultureInfo.InvariantCulture);
        var location = new SourceLocation(path, first + 1, FirstDecomposedColumn(lines[first]));
        if (officialText)
        {
            diagnostics.Error(location, Messages.DecomposedOfficialText, count);
            return null;
        }

        diagnostics.Warning(location, Messages.Decomposed, count);
        return text.Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// True when every character is one composing never changes, next to any other such character: the Latin
    /// letters up to U+02FF and the precomposed Vietnamese ones of U+1E00–U+1EFF, none of them a combining mark
    /// or able to follow a letter into one. Nearly every content file is only these, and answering without
    /// asking ICU saves a build of 10,000 pages 2 % of its loading (<c>ReadTextFileTests</c> checks the claim).
    /// </summary>
    internal static bool PlainlyComposed(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c >= '\u0300' && c is < '\u1E00' or > '\u1EFF')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The column of the letter whose accent marks were written apart: the first place composing changes.</summary>
    private static int FirstDecomposedColumn(string line)
    {
        for (var i = 1; i < line.Length; i++)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(line[i]) == UnicodeCategory.NonSpacingMark
                && !line.AsSpan(0, i + 1).IsNormalized(NormalizationForm.FormC))
            {
                return i;
            }
        }

        return 1;
    }

    /// <summary>Line and column (in characters) of a byte offset, counting only the valid text before it.</summary>
    private static SourceLocation LocationOfByte(string path, ReadOnlySpan<byte> bytes, int offset) =>
        LocationOfChar(path, Encoding.UTF8.GetString(bytes[..offset]), int.MaxValue);

    /// <summary>Line and column of a character of <paramref name="text"/> (the end of the text for <see cref="int.MaxValue"/>).</summary>
    private static SourceLocation LocationOfChar(string path, string text, int index)
    {
        var before = text.AsSpan(0, Math.Min(index, text.Length));
        var line = 1 + before.Count('\n');
        var column = 1 + before.Length - (before.LastIndexOf('\n') + 1);
        return new SourceLocation(path, line, column);
    }
}
