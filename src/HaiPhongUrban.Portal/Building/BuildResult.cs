using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Rendering;

namespace HaiPhongUrban.Portal.Building;

/// <summary>How a run went: every problem found, and how many pages and files it produced.</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, int PageCount, int FileCount)
{
    /// <summary>
    /// Every address a successful run published, as published-urls.txt lists them (fingerprinted files and
    /// _redirects left out), sorted; empty after a failed run. What <c>record-urls</c> records.
    /// </summary>
    public IReadOnlyList<string> Urls { get; init; } = [];

    /// <summary>Every page's links and ids after a successful run (those of pages left to render on request as the run before found them): what <c>serve</c>'s next rebuild checks against.</summary>
    public IReadOnlyList<RenderedLinks> Links { get; init; } = [];

    /// <summary>How many pages the run rendered itself: all of them, except in a <c>serve</c> rebuild that left some for the browser to ask for.</summary>
    public int RenderedNow { get; init; }

    public bool Succeeded => Diagnostics.All(d => d.Severity != Severity.Error);
}
