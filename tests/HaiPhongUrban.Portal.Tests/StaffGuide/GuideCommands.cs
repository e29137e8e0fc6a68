using System.Text.RegularExpressions;
using Verbs = System.Collections.Generic.IReadOnlyDictionary<string, System.Collections.Generic.IReadOnlyDictionary<string, HaiPhongUrban.Portal.Tests.StaffGuide.PortalCommands.Option>>;

namespace HaiPhongUrban.Portal.Tests.StaffGuide;

/// <summary>
/// The commands the guide shows (each line of a ```sh block, and code spans starting with "dotnet ") and
/// the options it names on their own (a code span such as <c>--port 0</c>), held to the portal's CLI.
/// An option named in a section is checked against the commands that section runs; one named in a
/// section without commands, against every command.
/// </summary>
public static partial class GuideCommands
{
    public static IEnumerable<(int Line, string Section, string Text)> Lines(GuideText guide) =>
        guide.Blocks.Where(b => b.Language == "sh")
            .SelectMany(b => b.Text.Split('\n').Select((text, i) => (b.Line + 1 + i, b.Section, text.Trim())))
            .Concat(guide.Spans.Where(s => s.Text.StartsWith("dotnet ", StringComparison.Ordinal)).Select(s => (s.Line, s.Section, s.Text)))
            .Where(l => l.Item3.Length > 0);

    /// <summary>The command a line runs ("validate"), or null when it is not the portal's.</summary>
    public static string? VerbOf(string line) => line.StartsWith(PortalCommands.Prefix, StringComparison.Ordinal)
        ? line[PortalCommands.Prefix.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()
        : null;

    /// <summary>Every command line that runs <paramref name="verb"/>, and every option named in a section that runs it.</summary>
    public static IEnumerable<string> Problems(GuideText guide, Verbs verbs, string verb)
    {
        var lines = Lines(guide).Where(l => VerbOf(l.Text) == verb).ToList();
        foreach (var (line, _, text) in lines)
        {
            foreach (var problem in PortalCommands.Problems(text, verbs))
            {
                yield return GuideChecks.At(line, $"`{text}`: {problem}");
            }
        }

        if (!verbs.TryGetValue(verb, out var options))
        {
            yield break; // already said for each line
        }

        var sections = lines.Select(l => l.Section).ToHashSet(StringComparer.Ordinal);
        foreach (var (span, name, value) in OptionSpans(guide).Where(o => sections.Contains(o.Span.Section)))
        {
            foreach (var problem in PortalCommands.OptionProblems(verb, options, name, value, named: true))
            {
                yield return GuideChecks.At(span.Line, $"`{span.Text}` in a section that runs '{verb}': {problem}");
            }
        }
    }

    /// <summary>Lines that are neither the portal's commands nor git's, and options named where no command runs.</summary>
    public static IEnumerable<string> OtherProblems(GuideText guide, Verbs verbs)
    {
        foreach (var (line, _, text) in Lines(guide).Where(l => VerbOf(l.Text) is null && !l.Text.StartsWith("git ", StringComparison.Ordinal)))
        {
            yield return GuideChecks.At(line, $"`{text}` is neither a command of the portal (starting '{PortalCommands.Prefix.TrimEnd()}') nor of git");
        }

        var sectionsWithCommands = Lines(guide).Where(l => VerbOf(l.Text) is not null).Select(l => l.Section).ToHashSet(StringComparer.Ordinal);
        foreach (var (span, name, value) in OptionSpans(guide).Where(o => !sectionsWithCommands.Contains(o.Span.Section)))
        {
            if (!verbs.Any(v => !PortalCommands.OptionProblems(v.Key, v.Value, name, value, named: true).Any()))
            {
                yield return GuideChecks.At(span.Line, $"`{span.Text}` is not an option of any command of the portal ({string.Join(", ", verbs.Keys)})");
            }
        }
    }

    private static IEnumerable<(GuideText.Span Span, string Name, string? Value)> OptionSpans(GuideText guide) =>
        guide.Spans.Select(s => (Span: s, Match: OptionSpan().Match(s.Text)))
            .Where(x => x.Match.Success)
            .Select(x => (x.Span, x.Match.Groups[1].Value, x.Match.Groups[2].Success ? x.Match.Groups[2].Value : null));

    [GeneratedRegex(@"^(--[a-z][a-z-]*)(?: (\S+))?$")]
    private static partial Regex OptionSpan();
}
