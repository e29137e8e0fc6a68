using HaiPhongUrban.Portal.Tests.Support;
using System.Text.RegularExpressions;

namespace HaiPhongUrban.Portal.Tests.StaffGuide;

/// <summary>
/// Does to a copy of the content what the guide tells staff to do with an example, by editing text as
/// staff would (comments and layout of the rest of the file stay as they are):
/// <list type="bullet">
/// <item>a file that does not exist yet is created with the example;</item>
/// <item>a CSV file or <c>_redirects</c> gets the example's lines at its end, and so does a YAML file
/// that is a list (cap-nhat.yml: "thêm một mục vào cuối");</item>
/// <item>a YAML file of <c>key: value</c> fields, or a Markdown page's front matter, gets each top-level
/// field of the example: a list written one entry a line (<c>changes:</c>) gets the example's entries at
/// its end, any other value is replaced, and a field the file lacks is added.</item>
/// </list>
/// </summary>
public static partial class ApplyExample
{
    public static void To(Workspace workspace, GuideText.Block example)
    {
        var path = Path.Combine(workspace.Root, example.Target);
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, example.Text + "\n");
            return;
        }

        var text = File.ReadAllText(path);
        File.WriteAllText(path, Path.GetExtension(path) switch
        {
            ".yml" when IsList(example.Text) => Append(text, "\n" + example.Text),
            ".yml" => MergeFields(text, example.Text),
            ".md" => MergeFrontMatter(text, example.Text),
            _ => Append(text, example.Text),
        });
    }

    public static string Append(string text, string addition) => text.TrimEnd('\n') + "\n" + addition.TrimEnd('\n') + "\n";

    public static string MergeFields(string yaml, string example)
    {
        var file = Lines(yaml);
        var add = Lines(example);
        foreach (var (key, start, end) in Fields(add))
        {
            var field = add.GetRange(start, TrimmedEnd(add, start, end) - start);
            var existing = Fields(file).Where(f => f.Key == key).Select(f => ((int Start, int End)?)(f.Start, f.End)).FirstOrDefault();
            if (existing is not { } at)
            {
                file.InsertRange(TrimmedEnd(file, 0, file.Count), field);
                continue;
            }

            var last = TrimmedEnd(file, at.Start, at.End);
            if (IsList(field) && IsList(file.GetRange(at.Start, last - at.Start)))
            {
                file.InsertRange(last, field.Skip(1));
            }
            else
            {
                file.RemoveRange(at.Start, last - at.Start);
                file.InsertRange(at.Start, field);
            }
        }

        return string.Join('\n', file).TrimEnd('\n') + "\n";
    }

    /// <summary>The example is a front matter block between '---' lines; its fields go into the page's.</summary>
    public static string MergeFrontMatter(string page, string example)
    {
        var lines = Lines(page);
        var add = Lines(example.TrimEnd('\n'));
        Assert.True(lines[0] == "---" && add[0] == "---" && add[^1] == "---", "a Markdown example shows a page's front matter, between two '---' lines");
        var end = lines.IndexOf("---", 1);
        var merged = MergeFields(string.Join('\n', lines.GetRange(1, end - 1)), string.Join('\n', add.GetRange(1, add.Count - 2)));
        return "---\n" + merged + string.Join('\n', lines.Skip(end));
    }

    /// <summary>Top-level fields: a line 'key:' at the left margin, up to the next one.</summary>
    private static IEnumerable<(string Key, int Start, int End)> Fields(List<string> lines)
    {
        var starts = lines.Select((line, i) => (Match: FieldLine().Match(line), i)).Where(x => x.Match.Success).ToList();
        return starts.Select((s, n) => (s.Match.Groups[1].Value, s.i, n + 1 < starts.Count ? starts[n + 1].i : lines.Count));
    }

    /// <summary>A field's end without the blank and comment lines after it, which introduce the next field.</summary>
    private static int TrimmedEnd(List<string> lines, int start, int end)
    {
        while (end > start + 1 && (lines[end - 1].Trim().Length == 0 || lines[end - 1].TrimStart().StartsWith('#')))
        {
            end--;
        }

        return end;
    }

    /// <summary>True for a list written one entry a line: its first line of content starts with '- '.</summary>
    private static bool IsList(IEnumerable<string> lines) =>
        lines.Skip(FieldLine().IsMatch(lines.First()) && FieldValue().IsMatch(lines.First()) ? 1 : 0)
            .FirstOrDefault(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('#'))?.TrimStart().StartsWith("- ", StringComparison.Ordinal) == true;

    private static bool IsList(string text) => IsList(Lines(text));

    private static List<string> Lines(string text) => [.. text.Replace("\r\n", "\n").Split('\n')];

    [GeneratedRegex(@"^([A-Za-z_][A-Za-z0-9_-]*):(\s|$)")]
    private static partial Regex FieldLine();

    /// <summary>A field line with no value on it (only, perhaps, a comment): its value is on the lines below.</summary>
    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_-]*:\s*(#.*)?$")]
    private static partial Regex FieldValue();
}
