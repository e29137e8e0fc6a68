using System.Globalization;
using System.Text;

namespace HaiPhongUrban.Portal.Kernel.Urls;

/// <summary>
/// Turns Vietnamese text into an ASCII, lower-case, hyphenated slug: tone marks dropped, đ/Đ as d,
/// anything else that is not a letter or digit a single hyphen ("Đô thị" → "do-thi").
/// </summary>
public static class Slug
{
    public static string From(string text)
    {
        var decomposed = text.Replace('đ', 'd').Replace('Đ', 'D').Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingHyphen = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(c));
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>True when <paramref name="id"/> is already a slug: what ids and file names must be.</summary>
    /// <summary>
    /// True when <paramref name="text"/> has a letter or digit to make a slug of. Every URL segment made
    /// from staff's words must ask this first: a segment made of nothing ("???") would put a page in its
    /// parent's folder (<c>/du-lieu/tu-khoa//</c>).
    /// </summary>
    public static bool CanName(string text) => From(text).Length > 0;

    public static bool IsValid(string id) =>
        id.Length > 0 && From(id) == id;
}
