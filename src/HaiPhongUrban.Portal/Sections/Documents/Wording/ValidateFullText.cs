using HaiPhongUrban.Portal.Sections.Documents.Model;
using HaiPhongUrban.Portal.Kernel.Diagnostics;

namespace HaiPhongUrban.Portal.Sections.Documents.Wording;

/// <summary>
/// Checks the structure of the official wording: unique well-formed ids (they are anchors and URLs),
/// one-block paragraphs without stray spaces, known kinds and numbering styles.
/// </summary>
public static class ValidateFullText
{
    /// <returns>The ids of every paragraph and heading, for the editorial checks that refer to them.</returns>
    public static UniqueIds Run(RawFullText conclusion, DiagnosticBag diagnostics)
    {
        var ids = new UniqueIds(diagnostics);
        CheckParagraph(conclusion.Opening, ids, diagnostics);
        foreach (var section in conclusion.Sections)
        {
            CheckSection(section, ids, diagnostics);
        }

        ids.Add(conclusion.Recipients.Id, conclusion.Recipients.IdLocation);
        foreach (var recipient in conclusion.Recipients.Items)
        {
            CheckParagraph(recipient, ids, diagnostics);
        }

        CheckParagraph(conclusion.Signature, ids, diagnostics);
        return ids;
    }

    private static void CheckSection(RawSection section, UniqueIds ids, DiagnosticBag diagnostics)
    {
        ids.Add(section.Id, section.IdLocation);
        if (section.Kind is { } kind && !ItemKinds.ByName.ContainsKey(kind.Value))
        {
            diagnostics.Error(kind.Location, Messages.ValueNotAllowed, kind.Value, "kind", string.Join(", ", ItemKinds.ByName.Keys));
        }

        if (section.Numbering is { } numbering && !NumberingStyles.ByName.ContainsKey(numbering.Value))
        {
            diagnostics.Error(numbering.Location, Messages.NumberingUnknown, numbering.Value);
        }

        foreach (var paragraph in section.Intro.Concat(section.Items))
        {
            CheckParagraph(paragraph, ids, diagnostics);
        }

        foreach (var child in section.Sections)
        {
            CheckSection(child, ids, diagnostics);
        }
    }

    private static void CheckParagraph(RawParagraph paragraph, UniqueIds ids, DiagnosticBag diagnostics)
    {
        ids.Add(paragraph.Id, paragraph.IdLocation);
        if (paragraph.Text.Contains('\n'))
        {
            diagnostics.Error(paragraph.TextLocation, Messages.WordingHasLineBreak, paragraph.Id);
        }
        else if (paragraph.Text.Length > 0 && paragraph.Text.Trim().Length != paragraph.Text.Length)
        {
            diagnostics.Error(paragraph.TextLocation, Messages.WordingEdgeSpace, paragraph.Id);
        }
    }
}
