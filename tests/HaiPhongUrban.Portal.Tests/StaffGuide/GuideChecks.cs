using HaiPhongUrban.Portal.Kernel.Urls;
using HaiPhongUrban.Portal.Building;
using HaiPhongUrban.Portal.Cli;
using HaiPhongUrban.Portal.Tests.Support;
using HaiPhongUrban.Portal.Kernel.Diagnostics;
using System.Text.RegularExpressions;

namespace HaiPhongUrban.Portal.Tests.StaffGuide;

/// <summary>
/// The checks of the staff guide, each returning what is wrong as "huong-dan.md:line: what, and what to
/// fix", so a test can run them on the real guide (expecting nothing) and on a broken one (expecting
/// the problem).
/// </summary>
public static partial class GuideChecks
{
    public static readonly string[] ExampleLanguages = ["yaml", "csv", "json", "text", "markdown"];

    /// <summary>Folders of the repository that a path in the guide may start with.</summary>
    private static readonly string[] RepositoryFolders = ["content", "theme", "src", "tests", "tools", ".ci"];

    private static readonly Lazy<HashSet<string>> SeedWarnings = new(() =>
    {
        using var workspace = Workspace.Create();
        return Runs.Build(workspace, write: false).Diagnostics.Select(d => Key(d, workspace.Root)).ToHashSet(StringComparer.Ordinal);
    });

    /// <summary>
    /// Applies the examples to a copy of the real content, as staff would, and validates it: every error,
    /// and every warning the unchanged content does not give, is a problem. The copy has the repository's
    /// published-urls.txt beside it, so examples that add pages get validate's warning of new addresses: that
    /// one is expected, and only there, when the section tells staff to record them
    /// (<paramref name="namesRecordCommand"/>); a recipe that adds pages without saying so is a problem.
    /// </summary>
    public static IReadOnlyList<string> ExampleProblems(IReadOnlyList<GuideText.Block> examples, bool namesRecordCommand = false)
    {
        using var workspace = Workspace.Create();
        workspace.WithPublishedUrls();
        foreach (var example in examples)
        {
            ApplyExample.To(workspace, example);
        }

        var diagnostics = Runs.Build(workspace, write: false).Diagnostics;
        var newUrls = diagnostics.Where(d => d.Message == Messages.UrlsNotRecorded).ToList();
        return diagnostics
            .Where(d => d.Message != Messages.UrlsNotRecorded)
            .Where(d => d.Severity == Severity.Error || !SeedWarnings.Value.Contains(Key(d, workspace.Root)))
            .Select(d => DiagnosticFormatter.Format(d, UiLanguage.English, workspace.Root))
            .Concat(newUrls.Where(_ => !namesRecordCommand).Select(d =>
                $"the examples publish new addresses ({d.Arguments[1]}), which become promises: say in this section that validate warns of them and that `{PublishedUrlList.RecordCommand}` records them"))
            .ToList();
    }

    /// <summary>Whether a section of the guide gives the command that records new addresses (in a ```sh block or a code span).</summary>
    public static bool NamesRecordCommand(GuideText guide, string section) =>
        GuideCommands.Lines(guide).Any(l => l.Section == section && GuideCommands.VerbOf(l.Text) == "record-urls");

    public static IEnumerable<string> BlockProblems(GuideText guide) => guide.Blocks.SelectMany<GuideText.Block, string>(b => (b.Language, b.Target) switch
    {
        ("sh" or "console", "") => [],
        ("sh" or "console", _) => [At(b.Line, $"a ```{b.Language} block goes into no file: remove '{b.Target}' from its fence")],
        (var language, _) when !ExampleLanguages.Contains(language) => [At(b.Line, $"say what the block is: ```sh (commands), ```console (what validate prints) or ```{string.Join("|", ExampleLanguages)} content/<file> (an example)")],
        (_, "") => [At(b.Line, $"name the file this example goes into after the fence's language, e.g. ```{b.Language} content/cap-nhat.yml")],
        (_, var target) when !target.StartsWith("content/", StringComparison.Ordinal) => [At(b.Line, $"an example goes into content/, not '{target}'")],
        _ when b.HasExtraWords => [At(b.Line, $"the fence says more than its language, file and '{GuideText.ExcerptMark}': keep only those")],
        _ => [],
    });

    /// <summary>A quoted file (```… trích) must still say exactly what the file holds.</summary>
    public static IEnumerable<string> ExcerptProblems(GuideText guide) => guide.Excerpts
        .Where(e => !File.Exists(Path.Combine(RepoPaths.Root, e.Target)) || !Normalised(File.ReadAllText(Path.Combine(RepoPaths.Root, e.Target))).Contains(Normalised(e.Text), StringComparison.Ordinal))
        .Select(e => At(e.Line, $"this quote of {e.Target} is not in that file any more: copy the lines again from the file"));

    /// <summary>Quoted messages (a code span 'error: …' or 'warning: …') are wordings of Messages.cs, of the severity src gives them.</summary>
    public static IEnumerable<string> QuoteProblems(GuideText guide)
    {
        foreach (var span in guide.Spans)
        {
            var quote = Quote().Match(span.Text);
            if (!quote.Success)
            {
                continue;
            }

            var (severity, text) = (quote.Groups[1].Value, quote.Groups[2].Value);
            var matches = MessageWordings.Matching(text).ToList();
            if (MessageWordings.LongestLiteral(text) < 12)
            {
                yield return At(span.Line, $"the quote '{span.Text}' is too short to say which message it is: quote more of its words");
            }
            else if (matches.Count == 0)
            {
                yield return At(span.Line, $"'{span.Text}' is not a message of src/HaiPhongUrban.Portal/Kernel/Diagnostics/Messages.cs: copy its words exactly, writing … for each {{0}}, {{1}}… or for a part left out");
            }
            else if (matches.All(m => MessageWordings.Severities.TryGetValue(m, out var raised) && !raised.Contains(severity)))
            {
                yield return At(span.Line, $"{string.Join(", ", matches)} is never {(severity == "error" ? "an error" : "a warning")} (src raises it as {string.Join(", ", matches.SelectMany(m => MessageWordings.Severities[m]).Distinct())}): correct '{severity}:'");
            }
        }
    }

    /// <summary>
    /// A ```console block shows what validate prints: diagnostic lines of files that exist, with wordings of
    /// Messages.cs, then exactly the closing lines the CLI prints for that many errors and warnings.
    /// </summary>
    public static IEnumerable<string> ConsoleProblems(GuideText guide)
    {
        foreach (var block in guide.Blocks.Where(b => b.Language == "console"))
        {
            var lines = block.Text.Split('\n').Select((text, i) => (Text: text, Line: block.Line + 1 + i)).Where(l => l.Text.Length > 0).ToList();
            var diagnostics = lines.TakeWhile(l => DiagnosticLine().IsMatch(l.Text)).ToList();
            foreach (var (text, line) in diagnostics)
            {
                var match = DiagnosticLine().Match(text);
                if (!File.Exists(Path.Combine(RepoPaths.Root, match.Groups[1].Value)))
                {
                    yield return At(line, $"{match.Groups[1].Value} is not a file of the repository: show a real path");
                }

                foreach (var problem in QuoteProblems(GuideText.Parse($"`{match.Groups[2].Value}: {match.Groups[3].Value}`")))
                {
                    yield return At(line, problem[(problem.IndexOf(": ", StringComparison.Ordinal) + 2)..]);
                }
            }

            var errors = diagnostics.Count(d => DiagnosticLine().Match(d.Text).Groups[2].Value == "error");
            var closing = Closing(errors, diagnostics.Count - errors);
            var shown = lines.Skip(diagnostics.Count).Select(l => l.Text).ToList();
            if (!shown.SequenceEqual(closing))
            {
                yield return At(block.Line, $"after {errors} error(s) and {diagnostics.Count - errors} warning(s) validate prints:\n{string.Join('\n', closing)}\nbut the block shows:\n{string.Join('\n', shown)}");
            }
        }
    }

    /// <summary>Paths of the repository named in code spans exist, or are made by an example of the guide; a &lt;placeholder&gt; ends what is checked.</summary>
    public static IEnumerable<string> PathProblems(GuideText guide)
    {
        var made = guide.Examples.Select(e => e.Target).ToList();
        foreach (var span in guide.Spans.Where(s => RepositoryFolders.Any(f => s.Text.StartsWith(f + "/", StringComparison.Ordinal)) && !s.Text.Contains(' ')))
        {
            var path = span.Text.Split('<')[0];
            if (!File.Exists(Path.Combine(RepoPaths.Root, path)) && !Directory.Exists(Path.Combine(RepoPaths.Root, path)) && !made.Any(m => m.StartsWith(path, StringComparison.Ordinal)))
            {
                yield return At(span.Line, $"{span.Text} does not exist in the repository: correct the path");
            }
        }
    }

    /// <summary>Addresses of the portal named in code spans (/theo-doi/) are published ones.</summary>
    public static IEnumerable<string> AddressProblems(GuideText guide)
    {
        var published = File.ReadAllLines(Path.Combine(RepoPaths.Root, "published-urls.txt")).ToHashSet(StringComparer.Ordinal);
        return guide.Spans.Where(s => Address().IsMatch(s.Text) && !published.Contains(s.Text.Split('#')[0]))
            .Select(s => At(s.Line, $"{s.Text} is not an address of the portal (published-urls.txt): correct it, or write <…> for the part that varies"));
    }

    /// <summary>The first list of the guide links every section (## heading), in order, and nothing else.</summary>
    public static IEnumerable<string> ContentsProblems(GuideText guide)
    {
        var sections = guide.Headings.Where(h => h.Level == 2).Select(h => "#" + h.Id).ToList();
        return guide.Contents.SequenceEqual(sections)
            ? []
            : [At(guide.Headings.FirstOrDefault()?.Line ?? 1, $"the list at the top must link every section in order:\n{string.Join('\n', sections)}\nit links:\n{string.Join('\n', guide.Contents)}")];
    }

    public static string At(int line, string problem) => $"content/pages/huong-dan.md:{line}: {problem}";

    /// <summary>The lines the CLI prints after the diagnostics of a run that found this many of each.</summary>
    private static IReadOnlyList<string> Closing(int errors, int warnings)
    {
        var location = SourceLocation.StartOf(Path.Combine(RepoPaths.Content, "site.yml"));
        var diagnostics = Enumerable.Range(0, errors + warnings)
            .Select(i => new Diagnostic(i < errors ? Severity.Error : Severity.Warning, location, Messages.FileEmpty, []))
            .ToList();
        var stderr = new StringWriter();
        ConsoleReport.Write(new BuildResult(diagnostics, 0, 0), new BuildRequest(RepoPaths.Content, RepoPaths.Theme, RepoPaths.Root, false, RepoPaths.Root), UiLanguage.Vietnamese, new StringWriter(), stderr);
        return stderr.ToString().Replace("\r\n", "\n").Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(diagnostics.Count).ToList();
    }

    /// <summary>A warning told apart from others by its file and wording, not its line, which an example may move.</summary>
    private static string Key(Diagnostic diagnostic, string root) =>
        Path.GetRelativePath(root, diagnostic.Location.FilePath) + " " + diagnostic.Text(UiLanguage.English);

    private static string Normalised(string text) => string.Join('\n', text.Replace("\r\n", "\n").Split('\n').Select(l => l.TrimEnd())).Trim('\n');

    [GeneratedRegex(@"^(error|warning): (.+)$", RegexOptions.Singleline)]
    private static partial Regex Quote();

    [GeneratedRegex(@"^([^:\s]+):\d+:\d+: (error|warning): (.+)$")]
    private static partial Regex DiagnosticLine();

    [GeneratedRegex(@"^/[a-z0-9/._-]*(#[a-z0-9-]+)?$")]
    private static partial Regex Address();
}
