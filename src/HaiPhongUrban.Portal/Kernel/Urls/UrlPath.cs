namespace HaiPhongUrban.Portal.Kernel.Urls;

/// <summary>
/// The rules every address of the portal follows, whichever section names it: how an address maps to
/// the file that serves it, how an anchor is written, how an address becomes absolute, and how the copy to
/// open from disk writes a link (<see cref="OnDisk"/>). Each section's
/// routes build their addresses on these, so that no two sections can disagree about them.
/// </summary>
public static class UrlPath
{
    public const string Root = "/";

    /// <summary>
    /// Where the pages are placed to resolve a link as a browser would: a host no link of the portal names
    /// (.invalid is reserved for that), so only the portal's own addresses land on it.
    /// </summary>
    private static readonly Uri ResolvingRoot = new("https://portal.invalid/");

    public static string Anchor(string id) => "#" + id;

    /// <summary>The file, relative to the output folder, that serves a URL: '/x/' is 'x/index.html'.</summary>
    public static string OutputFile(string url)
    {
        var path = url.TrimStart('/');
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }

    /// <summary>
    /// The disk copy's one rule (<see cref="LinkMode.Disk"/>): <paramref name="href"/>, written on the page at
    /// <paramref name="pageUrl"/>, as the way from that page's file up to the site's root and down to the
    /// file that serves the address: '/du-lieu/x/' on '/ket-luan/' is '../du-lieu/x/index.html'. The query
    /// and the fragment stay. Links elsewhere (another host, mailto:) and links within the page ('#id')
    /// are the same wherever the page is opened, and stay as written.
    /// </summary>
    public static string OnDisk(string pageUrl, string href)
    {
        if (href.Length == 0 || href.StartsWith('#')
            || !Uri.TryCreate(new Uri(ResolvingRoot, pageUrl), href, out var target)
            || target.Scheme != ResolvingRoot.Scheme || target.Authority != ResolvingRoot.Authority)
        {
            return href;
        }

        var upToRoot = string.Concat(Enumerable.Repeat("../", OutputFile(pageUrl).Count(c => c == '/')));
        return upToRoot + OutputFile(target.AbsolutePath) + target.Query + target.Fragment;
    }

    /// <summary>An absolute URL from the site's base URL, or null while site.yml has none.</summary>
    public static string? Absolute(string baseUrl, string url) =>
        string.IsNullOrEmpty(baseUrl) ? null : baseUrl.TrimEnd('/') + url;

    /// <summary>The first segment of a site address ("du-lieu" for "/du-lieu/x/"), or "" for the root and root files.</summary>
    public static string FirstSegment(string url)
    {
        var path = url.TrimStart('/');
        var slash = path.IndexOf('/');
        return slash < 0 ? string.Empty : path[..slash];
    }
}
