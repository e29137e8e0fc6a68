using HaiPhongUrban.Portal.Kernel.Caching;
using HaiPhongUrban.Portal.Kernel.Urls;

namespace HaiPhongUrban.Portal.Building;

/// <summary>
/// What to build from where. Paths are absolute (the CLI resolves them against the current
/// directory). <see cref="Write"/> false is <c>validate</c>: the same run, nothing written.
/// <see cref="BaseUrl"/> is the address the site is deployed at (Netlify's <c>URL</c>), used only while
/// site.yml has no <c>base_url</c> of its own. <see cref="Links"/> is how every page's links are written:
/// for the served site, or (<c>build --offline</c>) for a copy opened from disk.
/// </summary>
public sealed record BuildRequest(string ContentDirectory, string ThemeDirectory, string OutputDirectory, bool Write, string WorkingDirectory, string BaseUrl = "", LinkMode Links = LinkMode.Served)
{
    /// <summary>
    /// Work earlier runs did that this one may reuse: none by default (every test builds from nothing),
    /// the cache folder for <c>build</c> and <c>validate</c>, memory for <c>serve</c>. Whatever it holds,
    /// the output is the same bytes.
    /// </summary>
    public WorkCache Cache { get; init; } = WorkCache.None;

    /// <summary>
    /// For <c>serve</c>'s rebuilds: the files saved since the last build, and what that build rendered. Null
    /// for a build from nothing, which renders and checks every page.
    /// </summary>
    public PreviousPreview? Since { get; init; }
}
