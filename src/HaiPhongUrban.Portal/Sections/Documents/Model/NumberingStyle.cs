namespace HaiPhongUrban.Portal.Sections.Documents.Model;

/// <summary>How a section numbers its items. The number is structure, never typed into the wording.</summary>
public enum NumberingStyle
{
    /// <summary>(1), (2), (3)… as in the results, limitations and task groups.</summary>
    Parenthesized,

    /// <summary>1., 2.… as in the organisation of implementation.</summary>
    Decimal,
}

public static class NumberingStyles
{
    public static readonly IReadOnlyDictionary<string, NumberingStyle> ByName = new Dictionary<string, NumberingStyle>(StringComparer.Ordinal)
    {
        ["parenthesized"] = NumberingStyle.Parenthesized,
        ["decimal"] = NumberingStyle.Decimal,
    };

    public static string Marker(this NumberingStyle style, int number) => style switch
    {
        NumberingStyle.Parenthesized => $"({number})",
        _ => $"{number}.",
    };
}
