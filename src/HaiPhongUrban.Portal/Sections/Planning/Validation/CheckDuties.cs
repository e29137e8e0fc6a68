using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Sections.Planning.Content;
using HaiPhongUrban.Portal.Sections.Planning.Model;

namespace HaiPhongUrban.Portal.Sections.Planning.Validation;

/// <summary>
/// The duties file: known plan types, a period that runs forward, a source for each term, and for each
/// type no two periods that overlap (the clock must know which law applies to a given approval date).
/// </summary>
public static class CheckDuties
{
    public static void Run(RawDuties raw, DiagnosticBag diagnostics)
    {
        foreach (var duty in raw.Duties)
        {
            foreach (var type in duty.Types)
            {
                ValidatePlans.OneOf(type, "types", PlanVocabulary.TypeCodes, diagnostics);
            }

            if (duty.From.Value is { } from && duty.Until.Value is { } until && from > until)
            {
                diagnostics.Error(duty.Until.Location, PlanningMessages.DutyPeriodReversed, ValidatePlans.Iso(from), ValidatePlans.Iso(until));
            }

            ValidatePlans.Sources(duty.Sources, duty.Location, diagnostics);
        }

        for (var i = 0; i < raw.Duties.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                var (a, b) = (raw.Duties[i], raw.Duties[j]);
                var shared = a.Types.Select(t => t.Value).Intersect(b.Types.Select(t => t.Value), StringComparer.Ordinal).FirstOrDefault();
                if (shared is not null && Overlap(a, b))
                {
                    diagnostics.Error(a.Location, b.Location, PlanningMessages.DutiesOverlap, shared);
                }
            }
        }
    }

    private static bool Overlap(RawDuty a, RawDuty b) =>
        (a.From.Value ?? DateOnly.MinValue) <= (b.Until.Value ?? DateOnly.MaxValue)
        && (b.From.Value ?? DateOnly.MinValue) <= (a.Until.Value ?? DateOnly.MaxValue);
}
