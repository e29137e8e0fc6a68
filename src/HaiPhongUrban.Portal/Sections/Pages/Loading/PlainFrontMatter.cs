using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Kernel.Files;
using System.Globalization;

namespace HaiPhongUrban.Portal.Sections.Pages.Loading;

/// <summary>
/// A page's front matter read without the YAML parser when it is written the plain way nearly every page is:
/// one <c>key: value</c> line per known key, each key once, at the start of its line, every value on its
/// line alone, plain, or double- or single-quoted with nothing to unescape. YamlDotNet spent about 30
/// microseconds on each such front matter (0.3 s of CPU for 10,000 pages) building a node tree for two lines.
/// Anything else, and anything the YAML reading would report (an unknown or repeated key, an empty title, a
/// date that is not one, a comment, a tab, a value that YAML reads otherwise than as its text), is null: the
/// page is then read by <see cref="ParseYaml"/> and <see cref="YamlMap"/>, which give the value and the
/// message. So a value read here is always the one the YAML reading gives, at the same place.
/// </summary>
public static class PlainFrontMatter
{
    /// <summary>What a page's front matter says, with the layout's place in the file when it names one.</summary>
    public sealed record Fields(string Title, string Description, Located<string>? Layout, DateOnly? Updated);

    private static readonly string[] Keys = ["title", "description", "layout", "updated"];

    /// <summary>Characters no plain value here may hold: YAML gives each a meaning somewhere in a plain scalar.</summary>
    private const string NotPlain = ":#";

    /// <summary>Characters a plain value may not start with: YAML's indicators.</summary>
    private const string NotPlainFirst = "-?:,[]{}#&*!|>'\"%@`~ ";

    /// <param name="lines">The file's lines; the front matter is lines 1 to <paramref name="closing"/> - 1.</param>
    public static Fields? Read(string path, string[] lines, int closing)
    {
        var values = new string?[Keys.Length];
        var layoutLine = 0;
        for (var index = 1; index < closing; index++)
        {
            var line = lines[index].EndsWith('\r') ? lines[index].AsSpan(0, lines[index].Length - 1) : lines[index].AsSpan();
            var colon = line.IndexOf(": ", StringComparison.Ordinal);
            var key = colon < 0 ? -1 : Array.IndexOf(Keys, line[..colon].ToString());
            if (key < 0 || values[key] is not null || ValueOf(line[(colon + 2)..]) is not { } value)
            {
                return null;
            }

            values[key] = value;
            if (Keys[key] == "layout")
            {
                layoutLine = index;
            }
        }

        if (values[0] is not { } title)
        {
            return null;
        }

        DateOnly? updated = null;
        if (values[3] is { } date)
        {
            if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return null;
            }

            updated = day;
        }

        // The place the YAML reading gives a value: its line in the file, the column where the value (or its quote) starts.
        var layout = values[2] is { } named ? new Located<string>(named, new SourceLocation(path, layoutLine + 1, "layout: ".Length + 1)) : null;
        return new Fields(title, values[1] ?? string.Empty, layout, updated);
    }

    /// <summary>The value's text, or null when YAML could read it otherwise (or it is empty).</summary>
    private static string? ValueOf(ReadOnlySpan<char> value)
    {
        if (value.Length == 0 || !OnlyText(value))
        {
            return null;
        }

        var quote = value[0];
        if (quote is '"' or '\'')
        {
            // Nothing to unescape: no backslash in double quotes, no doubled quote in single ones.
            var inner = value.Length >= 3 && value[^1] == quote ? value[1..^1] : [];
            return inner.Length > 0 && !inner.Contains(quote) && !(quote == '"' && inner.Contains('\\')) ? inner.ToString() : null;
        }

        return NotPlainFirst.Contains(value[0]) || value.ContainsAny(NotPlain) || value[^1] == ' ' ? null : value.ToString();
    }

    /// <summary>No control character, tab or Unicode line break (YAML breaks lines at U+0085, U+2028 and U+2029) and no byte-order mark.</summary>
    private static bool OnlyText(ReadOnlySpan<char> value)
    {
        foreach (var c in value)
        {
            if (c < ' ' || c is '\u007F' or '\u0085' or '\u2028' or '\u2029' or '\uFEFF')
            {
                return false;
            }
        }

        return true;
    }
}
