namespace HaiPhongUrban.Portal.Kernel.Urls;

/// <summary>
/// The rules every address of the portal follows, whichever section names it: how an address maps to
/// the file that serves it, how an anchor is written, and how an address becomes absolute. Each section's
/// routes build their addresses on these, so that no two sections can disagree about them.
/// </summary>
public static class UrlPath
{
    public const string Root = "/";

    public static string Anchor(string id) => "#" + id;

    /// <summary>The file, relative to the output folder, that serves a URL: '/x/' is 'x/index.html'.</summary>
    public static string OutputFile(string url)
    {
        var path = url.TrimStart('/');
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
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
