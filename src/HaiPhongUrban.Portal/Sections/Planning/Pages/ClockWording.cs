using HaiPhongUrban.Portal.Kernel.Text;
using HaiPhongUrban.Portal.Kernel.Theme;
using HaiPhongUrban.Portal.Sections.Planning.Model;
using HaiPhongUrban.Portal.Sections.Planning.Tables;

namespace HaiPhongUrban.Portal.Sections.Planning.Pages;

/// <summary>
/// The publication clock in words, from the theme's sentence for its verdict (<c>plans.clock.late</c>:
/// "công bố sau {days} ngày, quá thời hạn {term} ngày {late} ngày"), so each language keeps its own word
/// order; the numbers are filled in here, since templates only present.
/// </summary>
public static class ClockWording
{
    public static string Of(PublicationClock clock, StringTable strings, string language)
    {
        var sentence = strings.At("plans", "clock", PlanTables.VerdictCode(clock.Verdict));
        return sentence
            .Replace("{days}", Count(clock.DaysTaken, language), StringComparison.Ordinal)
            .Replace("{term}", Count(clock.Duty?.Days, language), StringComparison.Ordinal)
            .Replace("{late}", DisplayFormat.Count(clock.DaysLate, language), StringComparison.Ordinal);
    }

    private static string Count(int? value, string language) => value is { } v ? DisplayFormat.Count(v, language) : string.Empty;
}
