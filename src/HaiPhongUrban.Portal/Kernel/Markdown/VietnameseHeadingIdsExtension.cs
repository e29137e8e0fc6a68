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
/// letters inconsistently). Ids never collide: every heading's own id is reserved first, so a repeated
/// heading takes the next suffix (-2, -3…) that is no other heading's id ("Phụ lục", "Phụ lục",
/// "Phụ lục 2" are phu-luc, phu-luc-3, phu-luc-2), and the heading "Phụ lục 2" keeps the id its
/// words give it wherever it stands.
/// </summary>
public sealed class VietnameseHeadingIdsExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.DocumentProcessed += AssignIds;

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void AssignIds(MarkdownDocument document)
    {
        var headings = document.Descendants<HeadingBlock>().Select(h => (Heading: h, Id: OwnId(h))).ToList();

        // Reserved before any suffix is given: a suffix must not take the id a later heading's words make.
        var own = headings.Select(h => h.Id).ToHashSet(StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (heading, id) in headings)
        {
            var assigned = id;
            for (var n = 2; used.Contains(assigned) || (assigned != id && own.Contains(assigned)); n++)
            {
                assigned = $"{id}-{n}";
            }

            used.Add(assigned);
            heading.GetAttributes().Id = assigned;
        }
    }

    private static string OwnId(HeadingBlock heading)
    {
        var text = string.Concat(heading.Inline?.Descendants<LiteralInline>().Select(l => l.Content.ToString()) ?? []);
        var id = Slug.From(text);
        return id.Length == 0 ? "muc" : id;
    }
}
