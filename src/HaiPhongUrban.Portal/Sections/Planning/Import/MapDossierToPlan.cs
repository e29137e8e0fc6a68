using HaiPhongUrban.Portal.Kernel.Diagnostics;
using System.Text.RegularExpressions;
using static HaiPhongUrban.Portal.Sections.Planning.Import.DossierHeaders;

namespace HaiPhongUrban.Portal.Sections.Planning.Import;

/// <summary>
/// Decides what each column of a dossier means for plan.yml (the PROVISIONAL mapping of Circular
/// 16/2025/TT-BXD, Appendix II, as a third-party write-up gives its fields) and notes everything it could
/// not place: a column with a value and no field, a required field left empty, a wording it does not know,
/// every drawing. It guesses nothing: an unknown wording or an unclear coordinate system stays out of the
/// plan and is reported. Notes come in the order of the HoSo row, then the drawings, then the documents.
/// </summary>
public static partial class MapDossierToPlan
{
    /// <summary>The HoSo columns that fill a field of plan.yml; any other with a value is reported.</summary>
    private static readonly string[] PlacedDossierColumns =
        [DossierCode, PlanningInformationCode, Name, PlanType, Scale, TaskDecision, TaskDate, Decision, DecisionDate, Authority, Status, CoordinateSystem, Location];

    private static readonly string[] PlacedDocumentColumns = [DossierCode, DocumentFile, DocumentTitle, DocumentType, DocumentNumber, DocumentDate];

    /// <summary>Statuses of a plan not yet approved, which need no <c>approval</c>.</summary>
    private static readonly string[] BeforeApproval = ["in-preparation", "consultation"];

    /// <param name="crsOption">The <c>--crs</c> given, already checked to be <c>EPSG:n</c>; it wins over the workbook's wording.</param>
    /// <param name="hasBoundary">Whether a boundary file comes with the plan (<c>--boundary</c>).</param>
    /// <param name="today">The day the workbook is read: the <c>retrieved</c> date of its source entry.</param>
    public static PlanImport Map(DossierRecord record, string? crsOption, bool hasBoundary, DateOnly today)
    {
        var notes = new List<ImportNote>();
        var row = record.Dossier;
        var dossierCode = Optional(row, DossierCode);

        string? Required(string field, string header) => Filled(row, header, field, notes)?.Text;

        string? Known(string field, string header, IReadOnlyList<(string Wording, string Value)> list, Message unknown) =>
            Filled(row, header, field, notes) is { } cell
                ? PlanVocabulary.Find(list, cell.Text) ?? Noted(notes, cell.Address, unknown, Shown(cell.Text), PlanVocabulary.Wordings(list))
                : null;

        var name = Required("name", Name);
        var type = Known("type", PlanType, PlanVocabulary.Types, ImportMessages.TypeUnknown);
        var status = Known("status", Status, PlanVocabulary.Statuses, ImportMessages.StatusUnknown);
        var scale = row.Cell(Scale) is { IsEmpty: false } scaleCell ? ScaleOf(scaleCell, notes) : null;
        var location = Required("location", Location);

        // approval is required once the plan is approved; before that (or when the status is unknown) it is read if given.
        var approvalRequired = status is not null && !BeforeApproval.Contains(status);
        string? Approval(string field, string header) => approvalRequired ? Required(field, header) : Optional(row, header);
        var approval = new PlanDecision(Approval("approval.decision", Decision), DateIn(row, DecisionDate, "approval.date", notes, approvalRequired), Approval("approval.authority", Authority));
        var task = new PlanDecision(Optional(row, TaskDecision), DateIn(row, TaskDate, "task_approval.date", notes, required: false), null);
        var crs = CrsOf(row, crsOption, hasBoundary, notes);

        foreach (var cell in row.Cells.Where(c => !c.IsEmpty && !PlacedDossierColumns.Any(p => Key(p) == Key(c.Header))))
        {
            notes.Add(NotPlaced(cell));
        }

        // The history in the order it happened; the task's approval comes first when both fall on one day.
        var events = new[] { ("task-approved", task.Date, row.Cell(TaskDate)), ("approved", approval.Date, row.Cell(DecisionDate)) }
            .Where(e => e.Item2 is not null)
            .Select(e => new PlanEvent(e.Item1, e.Item2!.Value, e.Item3!.Address))
            .OrderBy(e => e.Date)
            .ToList();

        var drawings = record.Drawings.Rows.Select(r => Drawing(r, dossierCode, notes)).ToList();
        var documents = record.Documents.Rows.Select(r => Document(r, dossierCode, notes)).ToList();
        var plan = new PlanDraft(
            name, type, status, scale, location, dossierCode, Optional(row, PlanningInformationCode),
            approval, task, hasBoundary, crs, events, documents, drawings, record.FileName, today);
        return new PlanImport(plan, notes);
    }

    private static string? CrsOf(DossierRow row, string? crsOption, bool hasBoundary, List<ImportNote> notes)
    {
        var cell = row.Cell(CoordinateSystem);
        var wording = cell is { IsEmpty: false } ? cell.Text : null;
        var fromWorkbook = wording is null ? null : DossierCrs.FromWording(wording);
        if (crsOption is not null)
        {
            if (wording is not null && fromWorkbook != crsOption)
            {
                notes.Add(new(cell!.Address, ImportMessages.CrsDisagrees, [crsOption, Shown(wording)]));
            }

            return crsOption;
        }

        if (wording is not null && fromWorkbook is null)
        {
            notes.Add(new(cell!.Address, ImportMessages.CrsUnclear, [Shown(wording)]));
        }
        else if (wording is null && hasBoundary)
        {
            notes.Add(new(cell?.Address ?? row.Address, ImportMessages.CrsMissing, [cell?.Address ?? CoordinateSystem]));
        }

        if (!hasBoundary)
        {
            notes.Add(new(string.Empty, ImportMessages.BoundaryNotGiven, []));
        }

        return fromWorkbook;
    }

    private static string? ScaleOf(DossierCell cell, List<ImportNote> notes)
    {
        var match = cell.Value is string ? ScaleWording().Match(cell.Text) : Match.Empty;
        return match.Success
            ? "1/" + match.Groups[1].Value.Replace(".", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal)
            : Noted(notes, cell.Address, ImportMessages.ScaleUnreadable, Shown(cell.Text));
    }

    /// <summary>The cell under <paramref name="header"/> when it has a value; else null, noted as a required field left unfilled.</summary>
    private static DossierCell? Filled(DossierRow row, string header, string field, List<ImportNote> notes)
    {
        var cell = row.Cell(header);
        if (cell is { IsEmpty: false })
        {
            return cell;
        }

        notes.Add(cell is null ? new(row.Address, ImportMessages.RequiredNoColumn, [field, header]) : new(cell.Address, ImportMessages.RequiredEmpty, [field, cell.Address]));
        return null;
    }

    private static DateOnly? DateIn(DossierRow row, string header, string field, List<ImportNote> notes, bool required)
    {
        var cell = required ? Filled(row, header, field, notes) : row.Cell(header) is { IsEmpty: false } given ? given : null;
        if (cell is null)
        {
            return null;
        }

        var date = DossierDate.Parse(cell.Value);
        if (date is null)
        {
            notes.Add(new(cell.Address, ImportMessages.DateUnreadable, [Shown(cell.Text), field]));
        }

        return date;
    }

    private static string Drawing(DossierRow row, string? dossierCode, List<ImportNote> notes)
    {
        CheckCode(row, dossierCode, notes);
        var values = row.Cells.Where(c => !c.IsEmpty && Key(c.Header) != Key(DossierCode)).Select(c => OneLine(c.Text)).ToList();
        var label = string.Join(" ", new[] { row.Text(DrawingNumber), row.Text(DrawingName) is { Length: > 0 } full ? full : row.Text(DrawingShortName) }.Where(t => t.Length > 0));
        notes.Add(new(row.Address, ImportMessages.DrawingNotPlaced, [Shown(label.Length > 0 ? label : string.Join(" · ", values))]));
        return $"{row.Address}: {string.Join(" · ", values)}";
    }

    private static PlanDocument Document(DossierRow row, string? dossierCode, List<ImportNote> notes)
    {
        CheckCode(row, dossierCode, notes);
        var title = Optional(row, DocumentTitle);
        if (title is null)
        {
            notes.Add(new(row.Cell(DocumentTitle)!.Address, ImportMessages.RequiredEmpty, ["documents.title", row.Cell(DocumentTitle)!.Address]));
        }

        string? type = null;
        if (row.Cell(DocumentType) is { IsEmpty: false } typeCell)
        {
            type = PlanVocabulary.Find(PlanVocabulary.DocumentTypes, typeCell.Text)
                ?? Noted(notes, typeCell.Address, ImportMessages.DocumentTypeUnknown, Shown(typeCell.Text), string.Join(", ", PlanVocabulary.DocumentTypes.Select(t => $"{t.Wording} → {t.Value}")));
        }

        var date = DateIn(row, DocumentDate, "documents.date", notes, required: false);
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
                notes.Add(new(fileCell.Address, ImportMessages.DocumentNoFile, [Shown(reference)]));
            }
        }

        foreach (var cell in row.Cells.Where(c => !c.IsEmpty && !PlacedDocumentColumns.Any(p => Key(p) == Key(c.Header))))
        {
            notes.Add(NotPlaced(cell));
        }

        return new PlanDocument(type, title, Optional(row, DocumentNumber), date, file, url, row.Address);
    }

    private static void CheckCode(DossierRow row, string? dossierCode, List<ImportNote> notes)
    {
        if (row.Cell(DossierCode) is { IsEmpty: false } cell && dossierCode is not null && cell.Text != dossierCode)
        {
            notes.Add(new(cell.Address, ImportMessages.DossierCodeDiffers, [Shown(cell.Text), dossierCode]));
        }
    }

    private static ImportNote NotPlaced(DossierCell cell) => cell.Header.Length == 0
        ? new(cell.Address, ImportMessages.ColumnWithoutHeader, [Shown(cell.Text)])
        : new(cell.Address, ImportMessages.ColumnNotPlaced, [cell.Header, Shown(cell.Text)]);

    private static string? Optional(DossierRow row, string header) => row.Text(header) is { Length: > 0 } text ? text : null;

    private static string? Noted(List<ImportNote> notes, string place, Message wording, params string[] arguments)
    {
        notes.Add(new(place, wording, arguments));
        return null;
    }

    /// <summary>A value as a message quotes it: one line, at most 80 characters.</summary>
    private static string Shown(string value)
    {
        var line = OneLine(value);
        return line.Length <= 80 ? line : line[..79] + "…";
    }

    private static string OneLine(string value) => Whitespace().Replace(value, " ").Trim();

    /// <summary>1/2000, 1:2000, 1/2.000 (Vietnamese thousands separator), 1 / 500.</summary>
    [GeneratedRegex(@"^1\s*[/:]\s*(\d{1,3}(?:[., ]?\d{3})*)$")]
    private static partial Regex ScaleWording();

    /// <summary>A file name: a final extension of letters and digits (QD-323.pdf, HoSo\ThuyetMinh.docx).</summary>
    [GeneratedRegex(@"^[^/\\]*(?:[/\\][^/\\]+)*\.[A-Za-z0-9]{2,5}$")]
    private static partial Regex FileName();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
