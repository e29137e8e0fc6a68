using HaiPhongUrban.Portal.Kernel.Markdown;
using HaiPhongUrban.Portal.Tests.Support;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace HaiPhongUrban.Portal.Tests.StaffGuide;

/// <summary>
/// The staff guide (content/pages/huong-dan.md) read with the portal's own Markdig pipeline, so that
/// headings get the ids the page has. The guide marks what a test checks, and nothing is guessed:
/// <list type="bullet">
/// <item>a fence <c>```yaml content/cap-nhat.yml</c> (also <c>csv</c>, <c>json</c>, <c>text</c>, <c>markdown</c>) is an
/// example staff copy into that file, relative to the repository root; Markdig keeps the path in the
/// fence's arguments, so the page shows only the code. <c>```yaml content/… trích</c> quotes what the
/// file already holds;</item>
/// <item>a <c>```sh</c> block holds commands, one a line; a <c>```console</c> block, lines validate prints;</item>
/// <item>an inline code span starting with <c>error: </c> or <c>warning: </c> quotes a message of validate,
/// with <c>…</c> where the message varies.</item>
/// </list>
/// Lines are 1-based lines of the file, front matter included, as an editor shows them.
/// </summary>
public sealed class GuideText
{
    public const string ExcerptMark = "trích";

    public static readonly string FilePath = Path.Combine(RepoPaths.Content, "pages", "huong-dan.md");

    private GuideText(IReadOnlyList<Heading> headings, IReadOnlyList<Block> blocks, IReadOnlyList<Span> spans, IReadOnlyList<string> contents)
    {
        Headings = headings;
        Blocks = blocks;
        Spans = spans;
        Contents = contents;
    }

    /// <summary>Every heading with its id on the page; <c>##</c> headings are the sections.</summary>
    public IReadOnlyList<Heading> Headings { get; }

    public IReadOnlyList<Block> Blocks { get; }

    /// <summary>Every inline code span, in order.</summary>
    public IReadOnlyList<Span> Spans { get; }

    /// <summary>The anchors the first list of the page links to: its table of contents.</summary>
    public IReadOnlyList<string> Contents { get; }

    public IEnumerable<Block> Examples => Blocks.Where(b => b.Target.Length > 0 && !b.IsExcerpt);

    public IEnumerable<Block> Excerpts => Blocks.Where(b => b.IsExcerpt);

    public static GuideText Load() => Parse(File.ReadAllText(FilePath));

    public static GuideText Parse(string page)
    {
        var document = Markdown.Parse(BlankFrontMatter(page), MarkdownPages.Pipeline);
        var headings = document.Descendants<HeadingBlock>()
            .Select(h => new Heading(h.Line + 1, h.Level, h.GetAttributes().Id ?? string.Empty, string.Concat(h.Inline!.Descendants<LiteralInline>().Select(l => l.Content.ToString()))))
            .ToList();
        string SectionAt(int line) => headings.LastOrDefault(h => h.Level == 2 && h.Line < line)?.Text ?? string.Empty;

        var blocks = document.Descendants<FencedCodeBlock>().Select(fence =>
        {
            // Markdig splits the info string at its first space: Info is the language, Arguments the rest.
            var arguments = (fence.Arguments ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var excerpt = arguments.Skip(1).SequenceEqual([ExcerptMark]);
            var line = fence.Line + 1;
            return new Block(line, SectionAt(line), fence.Info ?? string.Empty, arguments.FirstOrDefault() ?? string.Empty, excerpt, arguments.Length > (excerpt ? 2 : 1), fence.Lines.ToString());
        }).ToList();

        var spans = document.Descendants<CodeInline>().Select(c => new Span(c.Line + 1, SectionAt(c.Line + 1), c.Content)).ToList();
        var contents = document.Descendants<ListBlock>().FirstOrDefault()?.Descendants<LinkInline>()
            .Select(l => l.Url ?? string.Empty).ToList() ?? [];
        return new GuideText(headings, blocks, spans, contents);
    }

    /// <summary>Front matter is not Markdown (its '---' would read as a heading): blank it, keeping the line count.</summary>
    private static string BlankFrontMatter(string page)
    {
        var lines = page.Replace("\r\n", "\n").Split('\n');
        if (lines[0] != "---")
        {
            return page;
        }

        var end = Array.IndexOf(lines, "---", 1);
        for (var i = 0; i <= end; i++)
        {
            lines[i] = string.Empty;
        }

        return string.Join('\n', lines);
    }

    public sealed record Heading(int Line, int Level, string Id, string Text);

    /// <summary>
    /// A fenced block: <see cref="Language"/> is the first word after the fence, <see cref="Target"/> the
    /// file an example goes into (empty for commands and output), <see cref="HasExtraWords"/> true when
    /// the fence says more than language, file and the excerpt mark.
    /// </summary>
    public sealed record Block(int Line, string Section, string Language, string Target, bool IsExcerpt, bool HasExtraWords, string Text);

    public sealed record Span(int Line, string Section, string Text);
}
