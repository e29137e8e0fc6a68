using System.Globalization;

namespace HaiPhongUrban.Portal.Rendering;

/// <summary>
/// Numbers as readers of the interface language write them (Vietnamese groups thousands with '.'
/// and writes decimals with ','; English the other way round), independent of the build machine's
/// culture so that two builds give the same bytes.
/// </summary>
public static class DisplayFormat
{
    public static string Count(long value, string language) => Swap(value.ToString("#,0", CultureInfo.InvariantCulture), language);

    /// <summary>A file size in B, KB or MB (1 KB = 1024 B), one decimal above 1 KB.</summary>
    public static string Size(long bytes, string language)
    {
        if (bytes < 1024)
        {
            return $"{Count(bytes, language)} B";
        }

        var (value, unit) = bytes < 1024 * 1024 ? (bytes / 1024.0, "KB") : (bytes / (1024.0 * 1024.0), "MB");
        return $"{Swap(value.ToString("#,0.0", CultureInfo.InvariantCulture), language)} {unit}";
    }

    private static string Swap(string invariant, string language) =>
        language == "vi" ? string.Concat(invariant.Select(c => c switch { ',' => '.', '.' => ',', _ => c })) : invariant;
}
