using HaiPhongUrban.Portal.Kernel.Diagnostics;

namespace HaiPhongUrban.Portal.Building;

/// <summary>How a run went: every problem found, and how many pages and files it produced.</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, int PageCount, int FileCount)
{
    /// <summary>
    /// Every address a successful run published, as published-urls.txt lists them (fingerprinted files and
    /// _redirects left out), sorted; empty after a failed run. What <c>record-urls</c> records.
    /// </summary>
    public IReadOnlyList<string> Urls { get; init; } = [];

    public bool Succeeded => Diagnostics.All(d => d.Severity != Severity.Error);
}
