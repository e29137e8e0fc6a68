using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace HaiPhongUrban.Portal.Sections.Planning.Import;

/// <summary>
/// Text as a YAML block scalar that reads back exactly: plain only when nothing in it could mean anything
/// else (letters first, no ':', '#', quote or bracket, not a word YAML 1.1 reads as a boolean or null),
/// otherwise double-quoted with every backslash, quote and control or line-separator character escaped.
/// Anything starting with a digit is quoted, so that "2040", "1/2000" or "323/QĐ-TTg" stay text whatever
/// a reader's schema makes of numbers and dates. The test reads every value back with YamlDotNet.
/// </summary>
public static partial class YamlScalar
{
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "true", "false", "yes", "no", "on", "off", "y", "n", "null",
    };

    public static string Quote(string text) =>
        Plain().IsMatch(text) && !Reserved.Contains(text) ? text : DoubleQuoted(text);

    /// <summary>A comment's text on one line: line breaks and control characters become spaces.</summary>
    public static string CommentText(string text) =>
        string.Concat(text.Select(c => char.IsControl(c) || c is '\u2028' or '\u2029' ? ' ' : c));

    private static string DoubleQuoted(string text)
    {
        var quoted = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            quoted.Append(c switch
            {
                '\\' => @"\\",
                '"' => "\\\"",
                '\n' => @"\n",
                '\t' => @"\t",
                _ when char.IsControl(c) || c is '\u2028' or '\u2029' or '\uFEFF' => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }

    /// <summary>Starts with a letter; then letters, marks, digits, spaces and . , ( ) / _ - – — &amp; ' only; ends with no space.</summary>
    [GeneratedRegex(@"^\p{L}(?:[\p{L}\p{M}\p{N} .,()/_\-–—&']*[\p{L}\p{M}\p{N}.)])?$")]
    private static partial Regex Plain();
}
