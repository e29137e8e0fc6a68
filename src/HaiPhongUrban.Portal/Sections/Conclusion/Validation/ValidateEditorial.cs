using HaiPhongUrban.Portal.Kernel.Text;
using HaiPhongUrban.Portal.Sections.Documents.Model;
using HaiPhongUrban.Portal.Kernel.Files;
using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Sections.Documents.Loading;
using HaiPhongUrban.Portal.Sections.Documents.Validation;

namespace HaiPhongUrban.Portal.Sections.Conclusion.Validation;

/// <summary>
/// Checks the editorial layer against the wording: every reference by id resolves (paragraphs,
/// themes, documents), every page has a short title, every correction and page-break join is found
/// in the paragraph it names — so the published wording can never drift from its errata silently.
/// </summary>
public static class ValidateEditorial
{
    public static void Run(RawContent content, FullTextIndex conclusion, DiagnosticBag diagnostics)
    {
        var topicIds = new UniqueIds(diagnostics);
        foreach (var topic in content.Topics)
        {
            topicIds.Add(topic.Id.Value, topic.Id.Location);
        }

        var documents = CheckDocuments(content.Documents, diagnostics);

        // Without the wording (it failed to load, and said why) every paragraph reference would be
        // reported as unknown: noise that hides the one real error.
        if (content.Conclusion is null)
        {
            return;
        }

        CheckEntries(content, conclusion, topicIds, documents, diagnostics);
        CheckCorrections(content.Corrections, conclusion, diagnostics);
        CheckJoins(content.Joins, conclusion, diagnostics);
    }

    private static Dictionary<string, RawDocument> CheckDocuments(IReadOnlyList<RawDocument> documents, DiagnosticBag diagnostics)
    {
        var slugs = new UniqueIds(diagnostics);
        foreach (var document in documents)
        {
            slugs.Add(document.Slug.Value, document.Slug.Location);
            OneOf(document.Type, "type", DocumentVocabulary.Types, diagnostics);
            OneOf(document.Relation, "relation", DocumentVocabulary.Relations, diagnostics);
        }

        return documents
            .Where(d => d.Slug.Value.Length > 0)
            .DistinctBy(d => d.Slug.Value)
            .ToDictionary(d => d.Slug.Value, StringComparer.Ordinal);
    }

    private static void CheckEntries(
        RawContent content,
        FullTextIndex conclusion,
        UniqueIds topicIds,
        Dictionary<string, RawDocument> documents,
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

    private static void CheckCorrections(IReadOnlyList<RawCorrection> corrections, FullTextIndex conclusion, DiagnosticBag diagnostics)
    {
        var ids = new UniqueIds(diagnostics);
        var marked = new List<(string ParagraphId, int Start, int End, string CorrectionId)>();
        foreach (var correction in corrections)
        {
            ids.Add(correction.Id.Value, correction.Id.Location);
            if (!Paragraph(correction.ParagraphId, conclusion, diagnostics, out var paragraph) || correction.Corrected.Length == 0)
            {
                continue;
            }

            var count = TextSearch.CountWords(paragraph.Text, correction.Corrected);
            if (count == 0 || correction.Occurrence > count)
            {
                diagnostics.Error(correction.Location, Messages.ErratumNotFound, correction.Id.Value, correction.Corrected, paragraph.Id);
            }
            else if (count > 1 && correction.Occurrence is null)
            {
                diagnostics.Error(correction.Location, Messages.ErratumAmbiguous, correction.Id.Value, correction.Corrected, count.ToString(System.Globalization.CultureInfo.InvariantCulture), paragraph.Id);
            }
            else
            {
                // Marks are cut out of the wording as segments: two that overlap would repeat words.
                var start = TextSearch.Nth(paragraph.Text, correction.Corrected, correction.Occurrence ?? 1)!.Value;
                var end = start + correction.Corrected.Length;
                var overlap = marked.FirstOrDefault(m => m.ParagraphId == paragraph.Id && m.Start < end && start < m.End);
                if (overlap.CorrectionId is not null)
                {
                    diagnostics.Error(correction.Location, Messages.ErratumOverlaps, correction.Id.Value, overlap.CorrectionId, paragraph.Id);
                }
                else
                {
                    marked.Add((paragraph.Id, start, end, correction.Id.Value));
                }
            }
        }
    }

    private static void CheckJoins(IReadOnlyList<RawJoin> joins, FullTextIndex conclusion, DiagnosticBag diagnostics)
    {
        foreach (var join in joins)
        {
            if (Paragraph(join.ParagraphId, conclusion, diagnostics, out var paragraph)
                && TextSearch.CountWords(paragraph.Text, $"{join.Before} {join.After}") == 0)
            {
                diagnostics.Error(join.Location, Messages.JoinNotFound, join.Before, join.After, paragraph.Id);
            }
        }
    }

    private static bool Paragraph(Located<string> id, FullTextIndex conclusion, DiagnosticBag diagnostics, out RawParagraph paragraph)
    {
        if (conclusion.Paragraphs.TryGetValue(id.Value, out paragraph!))
        {
            return true;
        }

        if (id.Value.Length > 0)
        {
            diagnostics.Error(id.Location, Messages.ParagraphUnknown, id.Value);
        }

        return false;
    }

    private static void OneOf(Located<string> value, string field, IReadOnlyList<string> allowed, DiagnosticBag diagnostics)
    {
        if (value.Value.Length > 0 && !allowed.Contains(value.Value))
        {
            diagnostics.Error(value.Location, Messages.ValueNotAllowed, value.Value, field, string.Join(", ", allowed));
        }
    }
}
