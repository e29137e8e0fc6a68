using Markdig.Syntax;

namespace HaiPhongUrban.Portal.Kernel.Markdown;

/// <summary>
/// A Markdown text parsed once, and all that the build needs of it: the page's HTML, its links and
/// character references for validation, its parts for search. Parsing is most of a Markdown page's
/// cost, and validation, search and render each parsed the text again (five times per page); now each
/// reads the one result. The syntax tree itself is not kept: what it gives is smaller than it.
/// </summary>
/// <param name="TooDeep">
/// Markdig refused the text as nested past its depth limit (100,000 '>' or '[' when parsing, 100,000 '*'
/// when rendering). <see cref="Links"/> and <see cref="CharacterReferences"/> are those of a text that
/// parsed and failed to render; <see cref="Html"/> and <see cref="Sections"/> are then empty.
/// </param>
public sealed record ParsedMarkdown(
    string Html,
    IReadOnlyList<(string Url, int Line, int Column)> Links,
    IReadOnlyList<(string Text, int Line, int Column)> CharacterReferences,
    IReadOnlyList<MarkdownSections.Part> Sections,
    bool TooDeep)
{
    public static ParsedMarkdown Of(string markdown)
    {
        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(markdown, MarkdownPages.Pipeline);
        }
        catch (ArgumentException)
        {
            return new ParsedMarkdown(string.Empty, [], [], [], TooDeep: true);
        }

        var (links, references) = MarkdownPages.LinksAndReferences(document);
        try
        {
            // Rendered from the same tree the parts are cut from, so heading ids and anchors agree.
            return new ParsedMarkdown(MarkdownPages.ToHtml(document), links, references, MarkdownSections.Of(document), TooDeep: false);
        }
        catch (ArgumentException)
        {
            return new ParsedMarkdown(string.Empty, links, references, [], TooDeep: true);
        }
    }
}
