namespace HaiPhongUrban.Portal.Rendering.Redirects;

/// <summary>
/// <c>content/_redirects</c>: its rules, and its bytes, which are published unchanged at the root of the
/// site, where Netlify reads them.
/// </summary>
public sealed record RawRedirects(string FilePath, byte[] Bytes, IReadOnlyList<RawRedirect> Rules);
