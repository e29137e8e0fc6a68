using System.Globalization;

namespace HaiPhongUrban.Portal.Kernel.Text;

/// <summary>
/// Numbers and dates as readers of the interface language write them (Vietnamese groups thousands with
/// '.' and writes decimals with ','; English the other way round), independent of the build machine's
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

    /// <summary>
    /// A date for reading: 03/01/2012 in Vietnamese; 3 January 2012 in English, the UK order en.yml is
    /// written in and one no reader can take for 1 March. The invariant culture's month names are
    /// English and built into .NET, so the words do not depend on the machine's ICU data. Any other
    /// interface language gets the ISO form, which nobody misreads. Empty when there is no date.
    /// </summary>
    /// <summary>A date as <c>datetime</c> attributes and machines read it (yyyy-MM-dd), or "" for none.</summary>
    public static string DateIso(DateOnly? date) =>
        date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    public static string Date(DateOnly? date, string language) => date switch
    {
        null => string.Empty,
        { } d when language == "vi" => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        { } d when language == "en" => d.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
        { } d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    private static string Swap(string invariant, string language) =>
        language == "vi" ? string.Concat(invariant.Select(c => c switch { ',' => '.', '.' => ',', _ => c })) : invariant;
}
