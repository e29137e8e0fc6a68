namespace HaiPhongUrban.Portal.Sections.Following.Views;

/// <summary>What the Following section adds to the home page: the ways to follow what the Conclusion asked for.</summary>
public sealed record HomeFollowingView(string TraceabilityUrl, string TimelineUrl, string TrackerUrl)
{
    public static readonly HomeFollowingView None = new(string.Empty, string.Empty, string.Empty);
}
