using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace HaiPhongUrban.Portal.Kernel.Markdown;

/// <summary>
/// Markdig writes <c>style="text-align:…"</c> on aligned table cells, which our Content-Security-Policy
/// (no 'unsafe-inline') blocks. This moves the alignment into a class (<c>align-center</c>,
/// <c>align-right</c>) that the stylesheet styles, and clears it from the column definitions.
/// </summary>
public sealed class TableAlignmentClassExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.DocumentProcessed += MoveAlignmentToClasses;

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void MoveAlignmentToClasses(MarkdownDocument document)
    {
        foreach (var table in document.Descendants<Table>())
        {
            foreach (var row in table.OfType<TableRow>())
            {
                foreach (var cell in row.OfType<TableCell>())
                {
                    var index = cell.ColumnIndex >= 0 ? cell.ColumnIndex : row.IndexOf(cell);
                    if (index < table.ColumnDefinitions.Count && table.ColumnDefinitions[index].Alignment is { } alignment)
                    {
                        cell.GetAttributes().AddClass(alignment switch
                        {
                            TableColumnAlign.Center => "align-center",
                            TableColumnAlign.Right => "align-right",
                            _ => "align-left",
                        });
                    }
                }
            }

            foreach (var column in table.ColumnDefinitions)
            {
                column.Alignment = null;
            }
        }
    }
}
