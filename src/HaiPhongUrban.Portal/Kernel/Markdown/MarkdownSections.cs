using System.Text;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace HaiPhongUrban.Portal.Kernel.Markdown;

/// <summary>
/// A Markdown page cut at its level-2 headings into plain-text parts, each with the anchor id the
/// rendered page gives that heading, so a search result leads to the part that matched.
/// </summary>
public static class MarkdownSections
{
    /// <summary>A part of a page: <see cref="AnchorId"/> and <see cref="Heading"/> are empty for the part before the first heading.</summary>
    public sealed record Part(string AnchorId, string Heading, string Text);

    // Parsed with the site's own pipeline, so the heading ids are those of the rendered page.
    public static IReadOnlyList<Part> Of(string markdown) => Of(Markdig.Markdown.Parse(markdown, MarkdownPages.Pipeline));

    /// <summary>The parts of a text already parsed with <see cref="MarkdownPages.Pipeline"/>.</summary>
    public static IReadOnlyList<Part> Of(MarkdownDocument document)
    {
        var parts = new List<Part>();
        var anchor = string.Empty;
        var heading = string.Empty;
        var text = new StringBuilder();
        var words = new StringBuilder();

        foreach (var block in document)
        {
            if (block is HeadingBlock { Level: <= 2 } h2)
            {
                Flush();
                anchor = h2.GetAttributes().Id ?? string.Empty;
                heading = PlainText(h2, words).ToString();
                continue;
            }

            foreach (var leaf in block.Descendants<LeafBlock>().Prepend(block as LeafBlock).OfType<LeafBlock>())
            {
                Append(PlainText(leaf, words));
            }
        }

        Flush();
        return parts;

        void Append(ReadOnlySpan<char> leafWords)
        {
            if (leafWords.Length > 0)
            {
                text.Append(text.Length > 0 ? " " : string.Empty).Append(leafWords);
            }
        }

        void Flush()
        {
            if (heading.Length > 0 || text.Length > 0)
            {
                parts.Add(new Part(anchor, heading, text.ToString()));
            }

            text.Clear();
        }
    }

    /// <summary>
    /// The words of one block as a reader sees them: emphasis and link markup dropped, line breaks as spaces.
    /// Gathered in <paramref name="words"/>, which every block of the page reuses, straight from the parsed text:
    /// a string of each piece of text and of each block was most of what cutting 10,000 pages allocated.
    /// </summary>
    private static ReadOnlySpan<char> PlainText(LeafBlock block, StringBuilder words)
    {
        words.Clear();
        if (block.Inline is null)
        {
            return [];
        }

        foreach (var inline in block.Inline.Descendants<Inline>())
        {
            switch (inline)
            {
                case LiteralInline literal:
                    words.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    words.Append(code.Content);
                    break;
                case AutolinkInline autolink:
                    words.Append(autolink.Url);
                    break;
                case LineBreakInline:
                    words.Append(' ');
                    break;
            }
        }

        return Trimmed(words);
    }

    /// <summary>The builder's text without the blanks <see cref="string.Trim()"/> would remove, as one span.</summary>
    private static ReadOnlySpan<char> Trimmed(StringBuilder words)
    {
        foreach (var chunk in words.GetChunks())
        {
            if (chunk.Length == words.Length)
            {
                return chunk.Span.Trim();
            }
        }

        return words.ToString().AsSpan().Trim();
    }
}
