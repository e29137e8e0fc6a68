namespace HaiPhongUrban.Portal.Building;

/// <summary>
/// What <see cref="SiteBuilder"/> reports to an <see cref="IProgress{T}"/> as it goes: a stage starts
/// with <see cref="Done"/> 0, and a stage that goes through items (pages) then reports each one done.
/// Items are reported from the threads that did them, so a listener may hear 5 after 6: it keeps the
/// largest. Nothing of this reaches the output; it is for the console only.
/// </summary>
/// <param name="Total">How many items the stage goes through; 0 for a stage that has none to count.</param>
public sealed record BuildProgress(BuildStage Stage, int Done, int Total)
{
    /// <summary>How many stages a run goes through when nothing stops it: <c>validate</c> has no <see cref="BuildStage.Write"/>.</summary>
    public static int StageCount(bool write) => write ? (int)BuildStage.Write : (int)BuildStage.CheckLinks;

    public static BuildProgress Started(BuildStage stage, int total = 0) => new(stage, 0, total);

    /// <summary>True when this report is the stage starting, not an item of it done.</summary>
    public bool Starts => Done == 0;
}
