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
    public static IReadOnlyList<(string Text, int Line, int Column)> CharacterReferences(string markdown) =>
        LinksAndReferences(Markdig.Markdown.Parse(markdown, Pipeline)).References;

    /// <summary>Every link and image target with its 0-based line and column in the Markdown.</summary>
    public static IReadOnlyList<(string Url, int Line, int Column)> Links(string markdown) =>
        LinksAndReferences(Markdig.Markdown.Parse(markdown, Pipeline)).Links;

    /// <summary>
    /// The link and image targets (inline ones first, in reading order, then the reference definitions) and
    /// the character references of a text already parsed with <see cref="Pipeline"/>, found in one walk of
    /// the tree: Markdig's <c>Descendants</c> walked it three times, through an iterator for every container.
    /// </summary>
    public static (IReadOnlyList<(string Url, int Line, int Column)> Links, IReadOnlyList<(string Text, int Line, int Column)> References) LinksAndReferences(MarkdownDocument document)
    {
        var links = new List<(string Url, int Line, int Column)>();
        var definitions = new List<(string Url, int Line, int Column)>();
        var references = new List<(string Text, int Line, int Column)>();

        // Depth first, each block before what it holds, with a stack of our own and the inlines' own links to
        // parent and sibling, never by recursion: a text nested thousands deep must not overflow the stack.
        var open = new Stack<(ContainerBlock Container, int Next)>();
        open.Push((document, 0));
        while (open.TryPop(out var top))
        {
            if (top.Next >= top.Container.Count)
            {
                continue;
            }

            open.Push((top.Container, top.Next + 1));
            switch (top.Container[top.Next])
            {
                case LinkReferenceDefinition definition:
                    definitions.Add((definition.Url ?? string.Empty, definition.Line, definition.Column));
                    break;
                case ContainerBlock inner:
                    open.Push((inner, 0));
                    break;
                case LeafBlock { Inline: { } inline }:
                    WalkInlines(inline);
                    break;
            }
        }

        links.AddRange(definitions);
        return (links, references);

        void WalkInlines(ContainerInline root)
        {
            var inline = root.FirstChild;
            while (inline is not null)
            {
                switch (inline)
                {
                    case LinkInline { Url: { } url } link:
                        links.Add((url, link.Line, link.Column));
                        break;
                    case AutolinkInline autolink:
                        links.Add((autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url, autolink.Line, autolink.Column));
                        break;
                    case HtmlEntityInline entity:
                        references.Add((entity.Transcoded.ToString(), entity.Line, entity.Column));
                        break;
                }

                if (inline is ContainerInline { FirstChild: { } first })
                {
                    inline = first;
                    continue;
                }

                // Up to the nearest one with a next sibling, stopping at the leaf's own container.
                while (inline is not null && inline.NextSibling is null)
                {
                    inline = ReferenceEquals(inline.Parent, root) ? null : inline.Parent;
                }

                inline = inline?.NextSibling;
            }
        }
    }
}
