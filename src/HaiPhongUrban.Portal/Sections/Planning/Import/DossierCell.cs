using System.Globalization;

namespace HaiPhongUrban.Portal.Sections.Planning.Import;

/// <summary>
/// One cell of a dossier sheet under a header: its place as Excel names it (<c>HoSo!D2</c>), so that every
/// message points staff at the cell to look at, and its value as ExcelDataReader gives it (text, a number,
/// a date for a date-formatted cell, a boolean), or null when the cell is empty.
/// </summary>
public sealed record DossierCell(string Sheet, string Header, int Row, int Column, object? Value)
{
    public string Address => $"{Sheet}!{ColumnLetters(Column)}{Row.ToString(CultureInfo.InvariantCulture)}";

    public bool IsEmpty => Text.Length == 0;

    /// <summary>The value as text, trimmed and composed (NFC); a number in invariant form; empty for an empty cell.</summary>
    public string Text => Value switch
    {
        null => string.Empty,
        string text => text.Trim().Normalize(),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        DateTime date => date.ToString(date.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        bool flag => flag ? "TRUE" : "FALSE",
        _ => Convert.ToString(Value, CultureInfo.InvariantCulture)?.Trim() ?? string.Empty,
    };

    /// <summary>Excel's letters for a 0-based column: 0 → A, 25 → Z, 26 → AA.</summary>
    public static string ColumnLetters(int column)
    {
        var letters = string.Empty;
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }
}
