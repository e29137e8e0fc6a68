namespace HaiPhongUrban.Portal.Sections.Datasets.Model;

/// <summary>How often a dataset is updated: the values staff may write in <c>update_frequency:</c>.</summary>
public enum UpdateFrequency
{
    Never,
    Irregular,
    Monthly,
    Quarterly,
    Annual,
}

public static class UpdateFrequencies
{
    public static readonly IReadOnlyDictionary<string, UpdateFrequency> ByName = new Dictionary<string, UpdateFrequency>(StringComparer.Ordinal)
    {
        ["never"] = UpdateFrequency.Never,
        ["irregular"] = UpdateFrequency.Irregular,
        ["monthly"] = UpdateFrequency.Monthly,
        ["quarterly"] = UpdateFrequency.Quarterly,
        ["annual"] = UpdateFrequency.Annual,
    };

    public static string Name(this UpdateFrequency frequency) => frequency.ToString().ToLowerInvariant();

    /// <summary>The EU Publications Office frequency authority code that DCAT-AP asks for.</summary>
    public static string EuCode(this UpdateFrequency frequency) => frequency switch
    {
        UpdateFrequency.Never => "NEVER",
        UpdateFrequency.Irregular => "IRREG",
        UpdateFrequency.Monthly => "MONTHLY",
        UpdateFrequency.Quarterly => "QUARTERLY",
        _ => "ANNUAL",
    };

    /// <summary>Project Open Data's ISO 8601 repeating duration; null for "never", which it has no value for.</summary>
    public static string? IsoRepeat(this UpdateFrequency frequency) => frequency switch
    {
        UpdateFrequency.Irregular => "irregular",
        UpdateFrequency.Monthly => "R/P1M",
        UpdateFrequency.Quarterly => "R/P3M",
        UpdateFrequency.Annual => "R/P1Y",
        _ => null,
    };
}
