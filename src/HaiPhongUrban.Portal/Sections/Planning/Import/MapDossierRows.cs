using System.Text.RegularExpressions;
using static HaiPhongUrban.Portal.Sections.Planning.Import.DossierHeaders;

namespace HaiPhongUrban.Portal.Sections.Planning.Import;

/// <summary>
/// The rows of the BanVe and VanBan sheets, for <see cref="MapDossierToPlan"/>: a drawing becomes a line of
/// the comment block at the end of plan.yml (plan.yml has no list of drawings) and a note; a document becomes
/// an entry of <c>documents</c>, with what it cannot place noted at its cell. A row whose dossier code is not
/// the HoSo sheet's is imported and noted, since a stray row is for staff to judge.
/// </summary>
internal static partial class MapDossierRows
{
    private static readonly string[] PlacedDocumentColumns = [DossierCode, DocumentFile, DocumentTitle, DocumentType, DocumentNumber, DocumentDate];

    internal static string Drawing(DossierRow row, string? dossierCode, List<ImportNote> notes)
    {
        CheckCode(row, dossierCode, notes);
        var values = row.Cells.Where(c => !c.IsEmpty && Key(c.Header) != Key(DossierCode)).Select(c => MapDossierToPlan.OneLine(c.Text)).ToList();
        var label = string.Join(" ", new[] { row.Text(DrawingNumber), row.Text(DrawingName) is { Length: > 0 } full ? full : row.Text(DrawingShortName) }.Where(t => t.Length > 0));
        notes.Add(new(row.Address, ImportMessages.DrawingNotPlaced, [MapDossierToPlan.Shown(label.Length > 0 ? label : string.Join(" · ", values))]));
        return $"{row.Address}: {string.Join(" · ", values)}";
    }

    internal static PlanDocument Document(DossierRow row, string? dossierCode, List<ImportNote> notes)
    {
        CheckCode(row, dossierCode, notes);
        var title = MapDossierToPlan.Optional(row, DocumentTitle);
        if (title is null)
        {
            notes.Add(new(row.Cell(DocumentTitle)!.Address, ImportMessages.RequiredEmpty, ["documents.title", row.Cell(DocumentTitle)!.Address]));
        }

        string? type = null;
        if (row.Cell(DocumentType) is { IsEmpty: false } typeCell)
        {
            type = DossierWordings.Find(DossierWordings.DocumentTypes, typeCell.Text)
                ?? MapDossierToPlan.Noted(notes, typeCell.Address, ImportMessages.DocumentTypeUnknown, MapDossierToPlan.Shown(typeCell.Text), string.Join(", ", DossierWordings.DocumentTypes.Select(t => $"{t.Wording} → {t.Value}")));
        }

        var date = MapDossierToPlan.DateIn(row, DocumentDate, "documents.date", notes, required: false);
        string? file = null, url = null;
        if (row.Cell(DocumentFile) is { IsEmpty: false } fileCell)
        {
            var reference = fileCell.Text;
            if (reference.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || reference.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
            {
                url = reference;
            }
            else if (FileName().IsMatch(reference))
            {
                file = Path.GetFileName(reference.Replace('\\', '/'));
                notes.Add(new(fileCell.Address, ImportMessages.DocumentFileToCopy, [file]));
            }
            else
            {
                notes.Add(new(fileCell.Address, ImportMessages.DocumentNoFile, [MapDossierToPlan.Shown(reference)]));
            }
        }

        foreach (var cell in row.Cells.Where(c => !c.IsEmpty && !PlacedDocumentColumns.Any(p => Key(p) == Key(c.Header))))
        {
            notes.Add(MapDossierToPlan.NotPlaced(cell));
        }

        return new PlanDocument(type, title, MapDossierToPlan.Optional(row, DocumentNumber), date, file, url, row.Address);
    }

    private static void CheckCode(DossierRow row, string? dossierCode, List<ImportNote> notes)
    {
        if (row.Cell(DossierCode) is { IsEmpty: false } cell && dossierCode is not null && cell.Text != dossierCode)
        {
            notes.Add(new(cell.Address, ImportMessages.DossierCodeDiffers, [MapDossierToPlan.Shown(cell.Text), dossierCode]));
        }
    }

    /// <summary>A file name: a final extension of letters and digits (QD-323.pdf, HoSo\ThuyetMinh.docx).</summary>
    [GeneratedRegex(@"^[^/\\]*(?:[/\\][^/\\]+)*\.[A-Za-z0-9]{2,5}$")]
    private static partial Regex FileName();
}
