using System.Collections.Frozen;
using System.Globalization;

namespace HaiPhongUrban.Portal.Kernel.Tables;

/// <summary>The column types of a Table Schema that the portal accepts (a subset of Frictionless Table Schema's).</summary>
public enum FieldType
{
    String,
    Integer,
    Number,
    Date,
    Boolean,
}

/// <summary>
/// How each type's values are written in content and read: the one place that decides whether a cell is
/// valid, so validation, JSON and XLSX never disagree. Values are written the same in every culture.
/// </summary>
public static class FieldTypes
{
    /// <summary>The names staff write in <c>type:</c>, as Table Schema spells them.</summary>
    public static readonly IReadOnlyDictionary<string, FieldType> ByName = new Dictionary<string, FieldType>(StringComparer.Ordinal)
    {
        ["string"] = FieldType.String,
        ["integer"] = FieldType.Integer,
        ["number"] = FieldType.Number,
        ["date"] = FieldType.Date,
        ["boolean"] = FieldType.Boolean,
    };

    /// <summary>Booleans as Table Schema's defaults write them; nothing else is accepted.</summary>
    public static readonly IReadOnlyList<string> TrueValues = ["true", "True", "TRUE", "1"];

    public static readonly IReadOnlyList<string> FalseValues = ["false", "False", "FALSE", "0"];

    public static string Name(this FieldType type) => type.ToString().ToLowerInvariant();

    /// <summary>
    /// The typed value of a non-empty cell (long, decimal, DateOnly, bool or the string itself), or null
    /// when the text is not a value of the type. Integers and numbers use '.' for decimals and no
    /// thousands separator ("-5", "1.25"); dates are ISO 8601 (YYYY-MM-DD).
    /// </summary>
    /// <remarks>
    /// Each type's own <c>Try…</c> below gives the value without boxing it: the downloads and validation call
    /// those for every cell of a million rows, and this for the few values of a schema.
    /// </remarks>
    public static object? Parse(this FieldType type, string text) => type switch
    {
        FieldType.String => text,
        FieldType.Integer => TryInteger(text, out var i) ? i : null,
        FieldType.Number => TryNumber(text, out var n) ? n : null,
        FieldType.Date => TryDate(text, out var d) ? d : null,
        FieldType.Boolean => TryBoolean(text, out var b) ? b : null,
        _ => null,
    };

    /// <summary>Whether a non-empty cell is a value of the type, as <see cref="Parse"/> decides, without making the value.</summary>
    public static bool IsValue(this FieldType type, string text) => type switch
    {
        FieldType.String => true,
        FieldType.Integer => TryInteger(text, out _),
        FieldType.Number => TryNumber(text, out _),
        FieldType.Date => TryDate(text, out _),
        FieldType.Boolean => TryBoolean(text, out _),
        _ => false,
    };

    public static bool TryInteger(string text, out long value) =>
        long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    public static bool TryNumber(string text, out decimal value)
    {
        value = 0;
        return IsPlainNumber(text) && decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private static readonly FrozenSet<string> True = TrueValues.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> False = FalseValues.ToFrozenSet(StringComparer.Ordinal);

    public static bool TryBoolean(string text, out bool value)
    {
        value = True.Contains(text);
        return value || False.Contains(text);
    }

    /// <summary>
    /// A date as <c>DateOnly.TryParseExact(text, "yyyy-MM-dd")</c> reads it. Text of the form every date of content
    /// has, four digits, two and two, is read here in a few steps (the framework's exact parse goes through its
    /// whole format machinery, once per cell of a million rows); any other text still goes to the framework.
    /// </summary>
    public static bool TryDate(string text, out DateOnly value)
    {
        if (text.Length == 10 && text[4] == '-' && text[7] == '-'
            && Digits(text.AsSpan(0, 4)) is var year and >= 0 && Digits(text.AsSpan(5, 2)) is var month and >= 0 && Digits(text.AsSpan(8, 2)) is var day and >= 0)
        {
            var valid = year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
            value = valid ? new DateOnly(year, month, day) : default;
            return valid;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }

    /// <summary>The number the ASCII digits spell, or -1 when a character is not one.</summary>
    private static int Digits(ReadOnlySpan<char> text)
    {
        var value = 0;
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return -1;
            }

            value = (value * 10) + (c - '0');
        }

        return value;
    }

    // decimal.TryParse accepts "1." and ".5"; a journalist's script may not, so neither do we. Digits, at most one
    // point with digits on both sides, an optional sign: checked in place, as it runs on every number cell.
    private static bool IsPlainNumber(string text)
    {
        var digits = text.StartsWith('-') || text.StartsWith('+') ? text.AsSpan(1) : text.AsSpan();
        var point = digits.IndexOf('.');
        return point < 0
            ? IsDigits(digits)
            : IsDigits(digits[..point]) && IsDigits(digits[(point + 1)..]);
    }

    private static bool IsDigits(ReadOnlySpan<char> part) => part.Length > 0 && !part.ContainsAnyExceptInRange('0', '9');
}
