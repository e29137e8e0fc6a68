namespace HaiPhongUrban.Portal.Serving;

/// <summary>
/// What the server sends for one request: a status, the headers netlify.toml declares for the address, and
/// either a redirect's <see cref="Location"/> or a body (<see cref="FilePath"/> names the file it came from,
/// <c>/404.html</c> for a page that does not exist).
/// </summary>
public sealed record SiteAnswer(
    int Status,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    string? Location = null,
    string? FilePath = null,
    byte[]? Body = null)
{
    /// <summary>The Content-Type a rule declares, else the one the file's extension implies.</summary>
    public string? ContentType =>
        Headers.Where(h => string.Equals(h.Key, "Content-Type", StringComparison.OrdinalIgnoreCase)).Select(h => h.Value).FirstOrDefault()
        ?? (FilePath is null ? null : MediaTypes.Of(FilePath));

    /// <summary>Whether the body is an HTML page, the only kind the live preview adds its script and panel to.</summary>
    public bool IsPage => Body is not null && FilePath is not null && FilePath.EndsWith(".html", StringComparison.Ordinal);
}
