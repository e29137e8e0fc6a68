namespace HaiPhongUrban.Portal.Sections.Planning.Import;

/// <summary>
/// One data row of a dossier sheet: a cell under every header (empty ones included, so that an empty
/// required field is reported at its own cell), then any value found right of the last header.
/// </summary>
public sealed record DossierRow(string Sheet, int Number, IReadOnlyList<DossierCell> Cells)
{
    /// <summary>Excel's name for the whole row (<c>BanVe!3:3</c>), for what a row says as a whole.</summary>
    public string Address => $"{Sheet}!{Number}:{Number}";

    /// <summary>The cell under <paramref name="header"/>, matched as <see cref="DossierHeaders.Key"/> does; null when the sheet has no such column.</summary>
    public DossierCell? Cell(string header)
    {
        var key = DossierHeaders.Key(header);
        return Cells.FirstOrDefault(c => DossierHeaders.Key(c.Header) == key);
    }

    /// <summary>The text under <paramref name="header"/>; empty when the cell is empty or the column absent.</summary>
    public string Text(string header) => Cell(header)?.Text ?? string.Empty;
}
