using HaiPhongUrban.Portal.Kernel.Diagnostics;

namespace HaiPhongUrban.Portal.Rendering.Redirects;

/// <summary>
/// One line of <c>content/_redirects</c>: a published address that moved (<see cref="From"/>) and where
/// it went (<see cref="To"/>, a site path with an optional <c>#anchor</c>, or an absolute http(s) URL),
/// with Netlify's status (301 unless written) and its <c>!</c> (apply even where a file still exists).
/// </summary>
public sealed record RawRedirect(string From, string To, int Status, bool Force, SourceLocation FromAt, SourceLocation ToAt)
{
    /// <summary>Whether <see cref="To"/> is another site's address, which this build cannot check.</summary>
    public bool LeavesSite => To.StartsWith("https://", StringComparison.Ordinal) || To.StartsWith("http://", StringComparison.Ordinal);

    /// <summary>
    /// Whether a request for <paramref name="path"/> meets this rule. Netlify matches with or without the
    /// final '/', so '/cu/' and '/cu' are one address.
    /// </summary>
    public bool Matches(string path) => string.Equals(path.TrimEnd('/'), From.TrimEnd('/'), StringComparison.Ordinal);
}
