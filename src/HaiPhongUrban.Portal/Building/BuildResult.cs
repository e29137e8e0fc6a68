using HaiPhongUrban.Portal.Kernel.Diagnostics;

namespace HaiPhongUrban.Portal.Building;

/// <summary>How a run went: every problem found, and how many pages and files it produced.</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, int PageCount, int FileCount)
{
    public bool Succeeded => Diagnostics.All(d => d.Severity != Severity.Error);
}
