namespace HaiPhongUrban.Portal.Kernel.Downloads;

/// <summary>
/// Keeps spreadsheet programs from running text as a formula (CSV injection). OWASP's advice: a text cell that
/// starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return gets a leading apostrophe, which
/// Excel and LibreOffice read as "this cell is text". Only text columns go through here: a number column's
/// <c>-5</c> is a number, and changing it would corrupt the data rather than protect anyone.
/// </summary>
public static class FormulaNeutraliser
{
    /// <summary>The first characters that make a spreadsheet treat a cell as a formula or command.</summary>
    public static readonly IReadOnlyList<char> FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public static bool IsFormulaLike(string value) => value.Length > 0 && FormulaStarts.Contains(value[0]);

    /// <summary>The value with an apostrophe in front when it is formula-like; otherwise the value unchanged.</summary>
    public static string Neutralise(string value) => IsFormulaLike(value) ? "'" + value : value;
}
