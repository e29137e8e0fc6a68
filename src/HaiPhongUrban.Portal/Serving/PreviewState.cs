using HaiPhongUrban.Portal.Kernel.Diagnostics;

namespace HaiPhongUrban.Portal.Serving;

/// <summary>
/// What the live preview shows after its latest build: the last site that built (<see cref="PublishedSite.Empty"/>
/// until one has), the latest build's problems, and a version that grows with every build, so that open
/// pages know when to look again.
/// </summary>
public sealed record PreviewState(PublishedSite Site, int Version, IReadOnlyList<Diagnostic> Problems)
{
    /// <summary>Whether the latest build stopped at an error: every page then shows the problems.</summary>
    public bool Failed => Problems.Any(p => p.Severity == Severity.Error);
}
