using HaiPhongUrban.Portal.Kernel.Text;
using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Kernel.Files;

namespace HaiPhongUrban.Portal.Sections.Documents.Wording;

/// <summary>
/// Checks one full text: its structure (<see cref="ValidateFullText"/>), and every correction and
/// page-break join found in the paragraph it names, so that the published wording can never drift from
/// its errata silently. Nothing of the errata is checked while the wording itself failed to load: every
/// paragraph reference would then be reported as unknown, noise that hides the one real error.
/// </summary>
public static class ValidateOfficialText
{
    /// <returns>The paragraphs of the wording, for the editorial checks that refer to them.</returns>
    public static FullTextIndex Run(RawOfficialText text, DiagnosticBag diagnostics)
    {
        if (text.Text is not { } wording)
        {
            return new FullTextIndex(null);
        }

        ValidateFullText.Run(wording, diagnostics);
        var index = new FullTextIndex(wording);
        CheckCorrections(text.Corrections, index, diagnostics);
        CheckJoins(text.Joins, index, diagnostics);
        return index;
    }

    private static void CheckCorrections(IReadOnlyList<RawCorrection> corrections, FullTextIndex text, DiagnosticBag diagnostics)
    {
        var ids = new UniqueIds(diagnostics);
        var marked = new List<(string ParagraphId, int Start, int End, string CorrectionId)>();
        foreach (var correction in corrections)
        {
            ids.Add(correction.Id.Value, correction.Id.Location);
            if (!Paragraph(correction.ParagraphId, text, diagnostics, out var paragraph) || correction.Corrected.Length == 0)
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

    private static void CheckJoins(IReadOnlyList<RawJoin> joins, FullTextIndex text, DiagnosticBag diagnostics)
    {
        foreach (var join in joins)
        {
            if (Paragraph(join.ParagraphId, text, diagnostics, out var paragraph)
                && TextSearch.CountWords(paragraph.Text, $"{join.Before} {join.After}") == 0)
            {
                diagnostics.Error(join.Location, Messages.JoinNotFound, join.Before, join.After, paragraph.Id);
            }
        }
    }

    private static bool Paragraph(Located<string> id, FullTextIndex text, DiagnosticBag diagnostics, out RawParagraph paragraph)
    {
        if (text.Paragraphs.TryGetValue(id.Value, out paragraph!))
        {
            return true;
        }

        if (id.Value.Length > 0)
        {
            diagnostics.Error(id.Location, Messages.ParagraphUnknown, id.Value);
        }

        return false;
    }
}
