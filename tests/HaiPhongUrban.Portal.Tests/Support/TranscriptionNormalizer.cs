using System.Text.RegularExpressions;

namespace HaiPhongUrban.Portal.Tests.Support;

/// <summary>
/// Turns the OCR transcription into the lines of wording the portal must publish, doing exactly what
/// shared/source/README.md allows and nothing else: remove the OCR's <c>**</c>, <c>*</c> and <c>#</c>
/// markup (where two bold runs touch, <c>****</c>, the PDF had a line break), join the page-break
/// splits (a blank line followed by a lower-case word), and correct the three misspellings.
/// </summary>
public static partial class TranscriptionNormalizer
{
    public static readonly (string Printed, string Corrected)[] Corrections =
    [
        ("hủu khuynh", "hữu khuynh"),
        ("chuyên biến", "chuyển biến"),
        ("ché", "chế"),
    ];

    public sealed record Result(IReadOnlyList<string> Lines, IReadOnlyList<(string Before, string After)> Joins);

    public static Result Normalize(string transcription)
    {
        var text = transcription.Replace("\r\n", "\n").Replace("****", "\n").Replace("**", string.Empty).Replace("*", string.Empty);
        var lines = new List<string>();
        var joins = new List<(string, string)>();
        var afterBlank = false;
        foreach (var raw in text.Split('\n'))
        {
            var line = HeadingMarkup().Replace(raw, string.Empty).Trim();
            if (line.Length == 0)
            {
                afterBlank = true;
                continue;
            }

            if (afterBlank && lines.Count > 0 && char.IsLower(line[0]))
            {
                joins.Add((LastWords(lines[^1]), line.Split(' ')[0]));
                lines[^1] += " " + line;
            }
            else
            {
                lines.Add(line);
            }

            afterBlank = false;
        }

        var joined = string.Join('\n', lines);
        foreach (var (printed, corrected) in Corrections)
        {
            var pattern = new Regex($@"(?<!\w){Regex.Escape(printed)}(?!\w)");
            Assert.Single(pattern.Matches(joined));
            joined = pattern.Replace(joined, corrected);
        }

        return new Result(joined.Split('\n'), joins);
    }

    private static string LastWords(string line) => line[(line.LastIndexOf(' ') + 1)..];

    [GeneratedRegex(@"^#+\s+")]
    private static partial Regex HeadingMarkup();
}
