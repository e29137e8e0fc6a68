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
                ? DossierWordings.Find(list, cell.Text) ?? Noted(notes, cell.Address, unknown, Shown(cell.Text), DossierWordings.Wordings(list))
                : null;

        var name = Required("name", Name);
        var type = Known("type", PlanType, DossierWordings.Types, ImportMessages.TypeUnknown);
        var status = Known("status", Status, DossierWordings.Statuses, ImportMessages.StatusUnknown);
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

        var drawings = record.Drawings.Rows.Select(r => MapDossierRows.Drawing(r, dossierCode, notes)).ToList();
        var documents = record.Documents.Rows.Select(r => MapDossierRows.Document(r, dossierCode, notes)).ToList();
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

    internal static DateOnly? DateIn(DossierRow row, string header, string field, List<ImportNote> notes, bool required)
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

    internal static ImportNote NotPlaced(DossierCell cell) => cell.Header.Length == 0
        ? new(cell.Address, ImportMessages.ColumnWithoutHeader, [Shown(cell.Text)])
        : new(cell.Address, ImportMessages.ColumnNotPlaced, [cell.Header, Shown(cell.Text)]);

    internal static string? Optional(DossierRow row, string header) => row.Text(header) is { Length: > 0 } text ? text : null;

    internal static string? Noted(List<ImportNote> notes, string place, Message wording, params string[] arguments)
    {
        notes.Add(new(place, wording, arguments));
        return null;
    }

    /// <summary>A value as a message quotes it: one line, at most 80 characters.</summary>
    internal static string Shown(string value)
    {
        var line = OneLine(value);
        return line.Length <= 80 ? line : line[..79] + "…";
    }

    internal static string OneLine(string value) => Whitespace().Replace(value, " ").Trim();

    /// <summary>1/2000, 1:2000, 1/2.000 (Vietnamese thousands separator), 1 / 500.</summary>
    [GeneratedRegex(@"^1\s*[/:]\s*(\d{1,3}(?:[., ]?\d{3})*)$")]
    private static partial Regex ScaleWording();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
