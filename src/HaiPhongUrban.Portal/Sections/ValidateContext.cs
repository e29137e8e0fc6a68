using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Kernel.Theme;
using HaiPhongUrban.Portal.Model;

namespace HaiPhongUrban.Portal.Sections;

/// <summary>
/// What a section's validation reads: every raw part (references cross sections), the theme, the URL
/// segments every section reserves (which no page may take), and where to report.
/// </summary>
public sealed record ValidateContext(RawContent Content, ThemeFiles Theme, IReadOnlySet<string> ReservedSegments, DiagnosticBag Diagnostics)
{
    /// <summary>
    /// Where a check of a large file may wait for the read that publishes the file (a build's); null when every
    /// check runs now.
    /// </summary>
    public PostponedChecks? Postponed { get; init; }
}
