using HaiPhongUrban.Portal.Model;

namespace HaiPhongUrban.Portal.Sections.Following.Model;

/// <summary>The implementation tracker as modelled: one update of one task group per row of the tracker table.</summary>
public sealed record TrackerPart(IReadOnlyList<TrackerUpdate> Updates, string SourcePath);

/// <summary>How other sections read the tracker.</summary>
public static class FollowingSite
{
    extension(Site site)
    {
        public IReadOnlyList<TrackerUpdate> Tracker => site.Get<TrackerPart>().Updates;
    }
}
