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

    /// <summary>
    /// True when <paramref name="text"/> has a letter or digit to make a slug of. Every URL segment made
    /// from staff's words must ask this first: a segment made of nothing ("???") would put a page in its
    /// parent's folder (<c>/du-lieu/tu-khoa//</c>).
    /// </summary>
    public static bool CanName(string text) => From(text).Length > 0;

    /// <summary>
    /// True when <paramref name="id"/> is already a slug, what ids and file names must be: what <see cref="From"/>
    /// makes of it is itself, so lower-case ASCII letters and digits in runs joined by single hyphens. Read off
    /// the characters, without decomposing the text as <see cref="From"/> does (a tenth of a <c>serve</c>
    /// rebuild on 10,000 pages went on that).
    /// </summary>
    public static bool IsValid(string id)
    {
        if (id.Length == 0 || id[0] == '-' || id[^1] == '-' || id.Contains("--", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in id)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
            {
                return false;
            }
        }

        return true;
    }
}
