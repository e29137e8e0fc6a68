namespace HaiPhongUrban.Portal.Kernel.Urls;

/// <summary>
/// The one check for every address that comes from content (a YAML field, a CSV cell of a column with
/// <c>format: uri</c>, a Markdown link): only <c>http</c>, <c>https</c>, <c>mailto</c> or an address
/// without a scheme (a path of the portal, an anchor). Anything else can run script or show something
/// else than a link (<c>javascript:</c>, <c>data:</c>, <c>vbscript:</c>, <c>file:</c>): a page served
/// without the portal's Content-Security-Policy, or opened from disk, would run it.
/// </summary>
public static class ContentUrl
{
    public static readonly IReadOnlyList<string> AllowedSchemes = ["http", "https", "mailto"];

    public static bool IsAllowed(string url) => SchemeOf(url) is not { } scheme || AllowedSchemes.Contains(scheme);

    /// <summary>The lower-cased scheme of a URL, ignoring the blanks and control characters browsers skip ("java\tscript:").</summary>
    public static string? SchemeOf(string url)
    {
        var compact = new string(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        var colon = compact.IndexOf(':');
        if (colon <= 0)
        {
            return null;
        }

        var firstDelimiter = compact.IndexOfAny(['/', '?', '#']);
        return firstDelimiter >= 0 && firstDelimiter < colon ? null : compact[..colon].ToLowerInvariant();
    }
}
