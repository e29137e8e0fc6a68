using HaiPhongUrban.Portal.Sections.Planning.Model;

namespace HaiPhongUrban.Portal.Tests.Sections.Planning;

/// <summary>
/// The publication clock counts calendar days from the day after approval (Civil Code 2015, Art. 147) to
/// the first publication, against the duty that covers the plan's type on its approval date.
/// </summary>
public sealed class PublicationClockTests
{
    private static readonly PublicationDuty Urban = new(["zoning", "detailed"], new DateOnly(2010, 1, 1), new DateOnly(2025, 6, 30), 15, "Luật 30/2009/QH12", string.Empty, []);
    private static readonly PublicationDuty Later = new(["zoning"], new DateOnly(2025, 7, 1), null, 20, "Luật 47/2024/QH15", string.Empty, []);
    private static readonly PublicationDuty Unverified = new(["general"], null, null, null, "Luật 30/2009/QH12", string.Empty, []);

    [Theory]
    [InlineData("zoning", "2023-03-30", "2023-04-18", PublicationVerdict.Late, 19, 4)]
    [InlineData("zoning", "2023-03-30", "2023-04-14", PublicationVerdict.OnTime, 15, 0)]
    [InlineData("zoning", "2023-03-30", "2023-04-15", PublicationVerdict.Late, 16, 1)]
    [InlineData("zoning", "2023-03-30", "2023-03-31", PublicationVerdict.OnTime, 1, 0)]
    [InlineData("zoning", "2025-07-01", "2025-07-20", PublicationVerdict.OnTime, 19, 0)]
    [InlineData("zoning", "2025-06-30", "2025-07-20", PublicationVerdict.Late, 20, 5)]
    [InlineData("detailed", "2024-02-28", "2024-03-15", PublicationVerdict.Late, 16, 1)]
    public void Counts_calendar_days_from_the_day_after_approval_against_the_duty_of_the_approval_date(
        string type, string approved, string published, PublicationVerdict verdict, int days, int late)
    {
        var clock = PublicationClock.Count(type, DateOnly.Parse(approved, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture), [Urban, Later, Unverified]);

        Assert.Equal(verdict, clock.Verdict);
        Assert.Equal(days, clock.DaysTaken);
        Assert.Equal(late, clock.DaysLate);
    }

    [Fact]
    public void Without_a_publication_date_the_plan_is_not_judged_and_no_day_is_counted_from_today()
    {
        var clock = PublicationClock.Count("zoning", new DateOnly(2023, 3, 30), null, [Urban]);

        Assert.Equal(PublicationVerdict.NoDate, clock.Verdict);
        Assert.Null(clock.DaysTaken);
        Assert.Equal(15, clock.Duty!.Days);
    }

    [Theory]
    [InlineData("regional", PublicationVerdict.NoDuty)]
    [InlineData("general", PublicationVerdict.DutyNotVerified)]
    public void A_type_with_no_duty_or_an_unverified_one_says_so(string type, PublicationVerdict verdict) =>
        Assert.Equal(verdict, PublicationClock.Count(type, new DateOnly(2023, 3, 30), new DateOnly(2023, 5, 1), [Urban, Unverified]).Verdict);

    [Fact]
    public void A_plan_not_approved_runs_no_clock() =>
        Assert.Equal(PublicationVerdict.NotApproved, PublicationClock.Count("zoning", null, null, [Urban]).Verdict);
}
