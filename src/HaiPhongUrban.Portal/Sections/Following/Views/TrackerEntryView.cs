namespace HaiPhongUrban.Portal.Sections.Following.Views;

/// <summary>One dated update of a task group's status, with its source as the row gives it.</summary>
public sealed record TrackerEntryView(string DateDisplay, string DateIso, string Status, string Source, string SourceUrl, string Note)
{
    /// <summary>No update at all (views hold no nulls): the page then says no report is published.</summary>
    public static readonly TrackerEntryView None = new(string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty);
}
