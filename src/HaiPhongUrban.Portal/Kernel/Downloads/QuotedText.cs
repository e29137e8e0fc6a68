using System.Text.RegularExpressions;

namespace HaiPhongUrban.Portal.Kernel.Downloads;

/// <summary>
/// Text cells of the Excel download that carry the "quote prefix" mark: the cell style's <c>quotePrefix="1"</c>,
/// which Excel itself sets when a user types a leading apostrophe. An XLSX string cell is never run as a formula,
/// so its value stays exactly the source's (as in the CSV and the JSON); the mark is for what happens next:
/// a spreadsheet shows the cell as text and keeps it text when someone edits it, where re-entering
/// <c>=SUM(A1:A3)</c> would run it and <c>0225384</c> would lose its leading zero.
/// </summary>
/// <remarks>
/// A quoted cell's style has both the prefix and the number format Text (<c>@</c>, itself a "keep as text" format):
/// see <see cref="XlsxWorkbook"/>'s styles.
/// </remarks>
public static partial class QuotedText
{
    /// <summary>Excel's built-in number format 49, <c>@</c>: Text.</summary>
    public const int TextNumberFormatId = 49;

    // What a spreadsheet would read as something other than text if the value were typed in: a number
    // (with thousands separators, a decimal comma or point, an exponent, a percent sign, a currency sign or
    // accounting brackets), a date or a time with the usual separators, or a boolean. Leading and trailing
    // spaces do not stop Excel converting. Erring towards marking costs only an apostrophe in the formula bar.
    // Generated at compile time: the pattern runs on text cells of a million rows, and costs no start-up.
    [GeneratedRegex(
        @"^\s*(?:\(?[$€£¥₫]?(?:\d[\d.,\s]*|\.\d+)(?:[eE][+-]?\d+)?%?\)?|\d{1,4}(?:[-/.]\d{1,4}){1,2}|\d{1,2}:\d{2}(?::\d{2})?|true|false)\s*$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ReadsAsAnotherType();

    /// <summary>
    /// Whether a text cell needs the mark: the text the Excel CSV neutralises (it starts like a formula or a
    /// command, <see cref="FormulaNeutraliser"/>, so both spreadsheet downloads flag the same cells), or text
    /// a spreadsheet would turn into a number, date, time or boolean.
    /// </summary>
    public static bool IsQuoted(string text) => FormulaNeutraliser.IsFormulaLike(text) || (MayReadAsAnotherType(text) && ReadsAsAnotherType().IsMatch(text));

    /// <summary>
    /// False only for text the pattern cannot match, told by its first character: after its optional spaces the
    /// pattern starts with a bracket, a currency sign, a digit, a point, or the t or f of true and false. Most
    /// text cells stop here, without running the pattern.
    /// </summary>
    private static bool MayReadAsAnotherType(string text) =>
        text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsDigit(text[0]) || "($€£¥₫.tTfF".Contains(text[0]));
}
