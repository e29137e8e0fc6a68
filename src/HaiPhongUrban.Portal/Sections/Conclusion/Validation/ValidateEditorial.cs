using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Sections.Conclusion.Content;
using HaiPhongUrban.Portal.Sections.Documents.Content;
using HaiPhongUrban.Portal.Sections.Documents.Wording;

namespace HaiPhongUrban.Portal.Sections.Conclusion.Validation;

/// <summary>
/// Checks the editorial layer (<c>bien-tap.yml</c>) against the wording: every reference by id resolves
/// (paragraphs, themes, documents), every item with a page has a short title, and a cited document's
/// number appears in the paragraph that cites it.
/// </summary>
public static class ValidateEditorial
{
    /// <param name="topicIds">The ids of the theme vocabulary.</param>
    /// <param name="documents">The registry's documents by slug, which <c>cites:</c> names.</param>
    public static void Run(RawConclusion content, FullTextIndex conclusion, IReadOnlySet<string> topicIds, IReadOnlyDictionary<string, RawDocument> documents, DiagnosticBag diagnostics)
    {
        // Without the wording (it failed to load, and said why) every paragraph reference would be
        // reported as unknown: noise that hides the one real error.
        if (content.Text.Text is null)
        {
            return;
        }

        CheckEntries(content, conclusion, topicIds, documents, diagnostics);
    }

    private static void CheckEntries(
        RawConclusion content,
        FullTextIndex conclusion,
        IReadOnlySet<string> topicIds,
        IReadOnlyDictionary<string, RawDocument> documents,
        DiagnosticBag diagnostics)
    {
        var entryIds = new UniqueIds(diagnostics);
        foreach (var entry in content.Editorial)
        {
            var id = entry.ParagraphId;
            entryIds.Add(id.Value, id.Location);
            if (id.Value.Length > 0 && !conclusion.Paragraphs.ContainsKey(id.Value))
            {
                diagnostics.Error(id.Location, Messages.ParagraphUnknown, id.Value);
            }

            if (entry.ShortTitle is { } shortTitle && conclusion.Paragraphs.ContainsKey(id.Value) && !conclusion.WithPages.Contains(id.Value))
            {
                diagnostics.Error(shortTitle.Location, Messages.EditorialShortTitleNoPage, id.Value);
            }

            foreach (var theme in entry.Themes.Where(t => !topicIds.Contains(t.Value)))
            {
                diagnostics.Error(theme.Location, Messages.ThemeUnknown, theme.Value);
            }

            foreach (var cite in entry.Cites)
            {
                if (!documents.TryGetValue(cite.Value, out var document))
                {
                    diagnostics.Error(cite.Location, Messages.DocumentUnknown, cite.Value);
                }
                else if (document.Number.Length > 0
                    && conclusion.Paragraphs.TryGetValue(id.Value, out var paragraph)
                    && !paragraph.Text.Contains(document.Number, StringComparison.Ordinal))
                {
                    // A warning, not an error: "Nghị quyết và Kết luận này" cites 04-NQ/TU without its number.
                    diagnostics.Warning(cite.Location, Messages.CitedNumberAbsent, id.Value, document.Number);
                }
            }
        }

        var withTitles = content.Editorial
            .Where(e => e.ShortTitle is not null)
            .Select(e => e.ParagraphId.Value)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var id in conclusion.WithPages.Where(id => !withTitles.Contains(id)).Order(StringComparer.Ordinal))
        {
            diagnostics.Error(conclusion.Paragraphs[id].IdLocation, Messages.EditorialNoShortTitle, id);
        }

    }
}
