using System.Globalization;

namespace HaiPhongUrban.Portal.Kernel.Files;

/// <summary>
/// The one check for characters that the portal's files cannot hold, for every text read from content:
/// the 66 Unicode noncharacters (U+FDD0–U+FDEF, and the last two code points of every plane, U+FFFE and
/// U+FFFF among them) and halves of surrogate pairs on their own. XML 1.0 forbids U+FFFE, U+FFFF and lone
/// surrogates outright (an XLSX with one is a "damaged file" to Excel; sitemap.xml and feed.xml would not
/// be well-formed), JSON cannot encode a lone surrogate as UTF-8, and .NET's Unicode normalisation throws
/// on them. None is ever part of text: they come from a paste out of another program or a broken export.
/// </summary>
public static class UnwritableCharacters
{
    /// <summary>The index of the first such character of <paramref name="text"/>, or -1.</summary>
    public static int IndexIn(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
                {
                    return i;
                }

                if (IsNoncharacter(char.ConvertToUtf32(c, text[i + 1])))
                {
                    return i;
                }

                i++;
            }
            else if (char.IsLowSurrogate(c) || IsNoncharacter(c))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>"FFFE", "1FFFF", "D800": the code point (or lone surrogate) at <paramref name="index"/>, as U+ writes it.</summary>
    public static string CodeAt(ReadOnlySpan<char> text, int index)
    {
        var value = char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1])
            ? char.ConvertToUtf32(text[index], text[index + 1])
            : text[index];
        return value.ToString("X4", CultureInfo.InvariantCulture);
    }

    private static bool IsNoncharacter(int codePoint) =>
        codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;
}
