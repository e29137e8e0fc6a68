using System.Globalization;

namespace HaiPhongUrban.Portal.Sections.Planning.Import;

/// <summary>
/// A date as a dossier holds it: a real date cell (ExcelDataReader gives a <see cref="DateTime"/>), a
/// date's serial number when the cell lost its date format, or text written the Vietnamese way
/// (<c>30/03/2023</c>, also with '-' or '.', day and month with or without a leading zero) or as ISO 8601.
/// Never month-first: a Vietnamese dossier does not write dates that way, and 03/04 must not be guessed.
/// </summary>
public static class DossierDate
{
    private static readonly string[] TextFormats = ["d/M/yyyy", "d-M-yyyy", "d.M.yyyy", "yyyy-MM-dd"];

    public static DateOnly? Parse(object? value) => value switch
    {
        DateTime date => DateOnly.FromDateTime(date),
        // Excel's serial numbers for 1900-03-01 … 2199-12-31: outside them a number is not a date.
        double serial when serial >= 61 && serial < 109575 && serial == Math.Floor(serial) => DateOnly.FromDateTime(DateTime.FromOADate(serial)),
        string text when DateOnly.TryParseExact(text.Trim(), TextFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) => date,
        _ => null,
    };
}
