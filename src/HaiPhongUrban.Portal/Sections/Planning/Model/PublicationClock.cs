namespace HaiPhongUrban.Portal.Sections.Planning.Model;

/// <summary>
/// How long a plan took to be made public against its duty. Days are calendar days counted from the day
/// after approval (Civil Code 2015, Art. 147) to the first <c>published</c> event: approved on 30 March and
/// published on 18 April is 19 days. Counted from content alone, never from today's date, so the same
/// content always gives the same pages.
/// </summary>
public sealed record PublicationClock(PublicationVerdict Verdict, PublicationDuty? Duty, int? DaysTaken)
{
    public static readonly PublicationClock NotApproved = new(PublicationVerdict.NotApproved, null, null);

    /// <summary>How many days over the duty's term; 0 when in time or not judged.</summary>
    public int DaysLate => Verdict == PublicationVerdict.Late ? DaysTaken!.Value - Duty!.Days!.Value : 0;

    public static PublicationClock Count(string type, DateOnly? approved, DateOnly? published, IReadOnlyList<PublicationDuty> duties)
    {
        if (approved is not { } approval)
        {
            return NotApproved;
        }

        var duty = duties.FirstOrDefault(d => d.Covers(type, approval));
        int? days = published is { } p ? p.DayNumber - approval.DayNumber : null;
        var verdict = (duty, days) switch
        {
            (null, _) => PublicationVerdict.NoDuty,
            ({ Days: null }, _) => PublicationVerdict.DutyNotVerified,
            (_, null) => PublicationVerdict.NoDate,
            _ when days <= duty.Days => PublicationVerdict.OnTime,
            _ => PublicationVerdict.Late,
        };
        return new PublicationClock(verdict, duty, days);
    }
}

/// <summary>What the clock says of a plan; the theme words each (<c>plans.clock.&lt;verdict&gt;</c>).</summary>
public enum PublicationVerdict
{
    /// <summary>Not approved yet: no clock runs.</summary>
    NotApproved,

    /// <summary>No duty is recorded for the plan's type at its approval date.</summary>
    NoDuty,

    /// <summary>A duty is recorded, but its term is not verified against a source yet.</summary>
    DutyNotVerified,

    /// <summary>Approved, with a duty, but no publication date is recorded.</summary>
    NoDate,

    OnTime,
    Late,
}
