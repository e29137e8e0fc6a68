using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace HaiPhongUrban.Portal.Kernel.Markdown;

/// <summary>
/// The one Markdig pipeline of the portal, built once and frozen (Markdig pipelines are immutable and
/// thread-safe). Raw HTML is off: a pasted <c>&lt;script&gt;</c> shows as text. What else the
/// pipeline changes is done by Markdig extensions on the syntax tree, never by editing HTML.
/// </summary>
public static class MarkdownPages
{
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .Use<VietnameseHeadingIdsExtension>()
        .Use<TableAlignmentClassExtension>()
        .Build();

    public static string ToHtml(string markdown) => ToHtml(Markdig.Markdown.Parse(markdown, Pipeline));

    /// <summary>
    /// The HTML of a text already parsed with <see cref="Pipeline"/>, by a renderer of its own. Markdig's
    /// <c>Markdown.ToHtml</c> rents a renderer from a pool the pipeline keeps, and one that throws midway
    /// (a text nested past the depth limit, inside a tight list) goes back to the pool still rendering list
    /// items without paragraphs: every later page of the process then lost its <c>&lt;p&gt;</c> (the cause
    /// of the killed-build test's rare "the next build did not publish the new site", whose expected site is
    /// built in the test process).
    /// </summary>
    public static string ToHtml(MarkdownDocument document)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>
    /// Every character reference (<c>&amp;#xFFFE;</c>, <c>&amp;amp;</c>) with the text it stands for and its
    /// 0-based line and column: the one way Markdown makes a character the file does not hold.
    /// </summary>
    public static IEnumerable<(string Text, int Line, int Column)> CharacterReferences(string markdown) =>
        CharacterReferences(Markdig.Markdown.Parse(markdown, Pipeline));

    /// <summary>The character references of a text already parsed with <see cref="Pipeline"/>.</summary>
    public static IEnumerable<(string Text, int Line, int Column)> CharacterReferences(MarkdownDocument document) =>
        document.Descendants<HtmlEntityInline>()
            .Select(entity => (entity.Transcoded.ToString(), entity.Line, entity.Column));

    /// <summary>Every link and image target with its 0-based line and column in the Markdown.</summary>
    public static IEnumerable<(string Url, int Line, int Column)> Links(string markdown) =>
        Links(Markdig.Markdown.Parse(markdown, Pipeline));

    /// <summary>The link and image targets of a text already parsed with <see cref="Pipeline"/>.</summary>
    public static IEnumerable<(string Url, int Line, int Column)> Links(MarkdownDocument document)
    {
        foreach (var inline in document.Descendants<Inline>())
        {
            switch (inline)
            {
                case LinkInline { Url: { } url } link:
                    yield return (url, link.Line, link.Column);
                    break;
                case AutolinkInline autolink:
                    yield return (autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url, autolink.Line, autolink.Column);
                    break;
            }
        }

        foreach (var definition in document.Descendants<LinkReferenceDefinition>())
        {
            yield return (definition.Url ?? string.Empty, definition.Line, definition.Column);
        }
    }
}
