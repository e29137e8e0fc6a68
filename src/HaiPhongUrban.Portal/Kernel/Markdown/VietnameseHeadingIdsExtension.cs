using HaiPhongUrban.Portal.Kernel.Urls;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace HaiPhongUrban.Portal.Kernel.Markdown;

/// <summary>
/// Gives every Markdown heading an id made by <see cref="Slug"/>, so that "## Chính sách biên tập"
/// is linkable as <c>#chinh-sach-bien-tap</c> (Markdig's own identifiers keep or drop Vietnamese
/// letters inconsistently). Repeated headings get -2, -3….
/// </summary>
public sealed class VietnameseHeadingIdsExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.DocumentProcessed += AssignIds;

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void AssignIds(MarkdownDocument document)
    {
        var used = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var text = string.Concat(heading.Inline?.Descendants<LiteralInline>().Select(l => l.Content.ToString()) ?? []);
            var id = Slug.From(text);
            if (id.Length == 0)
            {
                id = "muc";
            }

            used[id] = used.TryGetValue(id, out var count) ? count + 1 : 1;
            heading.GetAttributes().Id = used[id] == 1 ? id : $"{id}-{used[id]}";
        }
    }
}
