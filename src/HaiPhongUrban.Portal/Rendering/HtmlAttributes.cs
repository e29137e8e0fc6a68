using System.Net;

namespace HaiPhongUrban.Portal.Rendering;

/// <summary>
/// One double-quoted attribute found in a rendered page: its name, where the blank before the name starts
/// (<see cref="Start"/>), and where its value starts and ends (the closing quote is at <see cref="ValueEnd"/>).
/// </summary>
public readonly record struct HtmlAttribute(string Name, int Start, int ValueStart, int ValueEnd)
{
    /// <summary>Just after the closing quote.</summary>
    public int End => ValueEnd + 1;

    /// <summary>
    /// The value in <paramref name="html"/>, its character references decoded: the page's own characters when it
    /// has none (no '&amp;', nearly every value), so that reading one costs no string.
    /// </summary>
    public ReadOnlySpan<char> ValueIn(string html)
    {
        var raw = html.AsSpan(ValueStart, ValueEnd - ValueStart);
        return raw.Contains('&') ? WebUtility.HtmlDecode(raw.ToString()) : raw;
    }
}

/// <summary>
/// The double-quoted attributes of given names in our own templates' output, found exactly where the pattern
/// <c>\s(name)="([^"]*)"</c> would match them, left to right and never overlapping: a blank (as .NET's
/// <c>\s</c> and <see cref="char.IsWhiteSpace(char)"/> define it), the name, <c>="</c>, the value up to the next
/// quote. Every attribute the templates write is double-quoted, so this is enough; a full HTML parser would
/// cost more than the rest of the render. It looks for each <c>="</c> with a vectorised search and tests the
/// name before it, where the pattern tried a match at every blank of the page's text (most of a page's render
/// time went on that, for 10,000 pages).
/// </summary>
public static class HtmlAttributes
{
    public static List<HtmlAttribute> Find(string html, IReadOnlyList<string> names)
    {
        var found = new List<HtmlAttribute>();
        var from = 0;
        while (from < html.Length)
        {
            var at = html.AsSpan(from).IndexOf("=\"", StringComparison.Ordinal);
            if (at < 0)
            {
                break;
            }

            var equals = from + at;
            if (NameBefore(html, equals, from, names) is not { } name)
            {
                from = equals + 1;
                continue;
            }

            var close = html.IndexOf('"', equals + 2);
            if (close < 0)
            {
                // No quote closes this value, so none closes any later one either.
                break;
            }

            found.Add(new HtmlAttribute(name, equals - name.Length - 1, equals + 2, close));
            from = close + 1;
        }

        return found;
    }

    /// <summary>The name that ends just before <paramref name="equals"/> with a blank before it, at or after <paramref name="from"/>.</summary>
    private static string? NameBefore(string html, int equals, int from, IReadOnlyList<string> names)
    {
        foreach (var name in names)
        {
            var start = equals - name.Length;
            if (start - 1 >= from && char.IsWhiteSpace(html[start - 1]) && html.AsSpan(start, name.Length).SequenceEqual(name))
            {
                return name;
            }
        }

        return null;
    }
}
