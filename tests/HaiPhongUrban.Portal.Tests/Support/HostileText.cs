using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace HaiPhongUrban.Portal.Tests.Support;

/// <summary>
/// Generators of broken input for the property tests: random bytes, text built from YAML's and CSV's
/// own tokens (so that it reaches the parser's corners, not just its first check), and real content
/// files with random edits (so that it also reaches the checks after parsing).
/// </summary>
public static class HostileText
{
    /// <summary>YAML's syntax, the content's own keys and values, and what breaks parsers: deep nesting, huge scalars, NFD, NUL.</summary>
    private static readonly string[] YamlTokens =
    [
        ":", ": ", "-", "- ", "[", "]", "{", "}", ",", "\"", "'", "&a ", "*a", "!x ", "!!str ", "? ", "|", ">", "#", "%YAML 1.2",
        "---", "...", "<<: ", "\t", "\n", "\r\n", "  ", "    ", "title", "id", "text", "sections", "items", "name", "path", "schema",
        "fields", "type", "resources", "slug", "date", "2026-11-25", "2026-13-45", "true", "yes", "~", "null", "0x1F", "1e999",
        "nhiem-vu-1", "han-che-5", "Hải Phòng", "Ha\u0309i Pho\u0300ng", "<script>alert(1)</script>", "\0", "\u001b", "\uFEFF",
        "\u2028", "\uD800", "📍", new string('[', 200), new string('{', 80), new string('a', 5000), string.Concat(Enumerable.Repeat("- ", 150)),
    ];

    private static readonly string[] CsvTokens =
    [
        ",", "\"", "\"\"", "\r\n", "\n", "\r", " ", "a", "nhiem-vu-1", "nhiem-vu-99", "2026-11-25", "11/11/2023", "chua-co-bao-cao",
        "https://example.vn", "Hải Phòng", "Ha\u0309i Pho\u0300ng", "=cmd|' /C calc'!A0", "<img src=x onerror=alert(1)>", "\0",
        "\uFEFF", "1.5", "-0", "true", new string('x', 3000), "task_group_id,date,status,source,source_url,note",
    ];

    public static Gen<byte[]> Bytes { get; } = Gen.Choose(0, 255).Select(b => (byte)b).ArrayOf();

    public static Gen<string> YamlSoup { get; } = Soup(YamlTokens);

    public static Gen<string> CsvSoup { get; } = Soup(CsvTokens);

    /// <summary>
    /// An original text with a few random edits: a token inserted, a span deleted, a line repeated, a
    /// line's indentation changed. Mostly still parses, so the checks after the parser get exercised.
    /// </summary>
    public static Gen<string> Mutated(string original, bool csv) =>
        Gen.Choose(1, 4).SelectMany(edits => Edit(csv ? CsvTokens : YamlTokens).ListOf(edits))
            .Select(list => list.Aggregate(original, (text, edit) => edit(text)));

    /// <summary>Either kind of broken text, as the UTF-8 bytes a file would hold (with or without BOM, or as UTF-16).</summary>
    public static Gen<byte[]> AsFileBytes(Gen<string> text) =>
        Gen.Frequency(
            (8, text.Select(t => Encoding.UTF8.GetBytes(t))),
            (1, text.Select(t => Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(t)).ToArray())),
            (1, text.Select(t => Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(t)).ToArray())),
            (1, text.Select(t => Windows1258.GetBytes(t))),
            (1, Bytes));

    private static Gen<string> Soup(string[] tokens) =>
        Gen.Elements(tokens).ListOf().Select(list => string.Concat(list));

    private static Gen<Func<string, string>> Edit(string[] tokens) =>
        Gen.OneOf(
            Gen.Zip(Gen.Choose(0, int.MaxValue), Gen.Elements(tokens)).Select(p => (Func<string, string>)(text => text.Insert(p.Item1 % (text.Length + 1), p.Item2))),
            Gen.Zip(Gen.Choose(0, int.MaxValue), Gen.Choose(1, 200)).Select(p => (Func<string, string>)(text =>
            {
                var start = p.Item1 % (text.Length + 1);
                return text.Remove(start, Math.Min(p.Item2, text.Length - start));
            })),
            Gen.Choose(0, int.MaxValue).Select(n => (Func<string, string>)(text =>
            {
                var lines = text.Split('\n').ToList();
                var i = n % lines.Count;
                lines.Insert(i, lines[i]);
                return string.Join('\n', lines);
            })),
            Gen.Zip(Gen.Choose(0, int.MaxValue), Gen.Elements("", " ", "\t", "      ")).Select(p => (Func<string, string>)(text =>
            {
                var lines = text.Split('\n');
                var i = p.Item1 % lines.Length;
                lines[i] = p.Item2 + lines[i].TrimStart();
                return string.Join('\n', lines);
            })));

    /// <summary>The Vietnamese Windows code page older editors save in: its accented letters are not UTF-8.</summary>
    public static Encoding Windows1258 { get; } = CodePagesEncodingProvider.Instance.GetEncoding(1258)!;
}
