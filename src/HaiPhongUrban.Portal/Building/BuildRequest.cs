using HaiPhongUrban.Portal.Kernel.Urls;

namespace HaiPhongUrban.Portal.Building;

/// <summary>
/// What to build from where. Paths are absolute (the CLI resolves them against the current
/// directory). <see cref="Write"/> false is <c>validate</c>: the same run, nothing written.
/// <see cref="BaseUrl"/> is the address the site is deployed at (Netlify's <c>URL</c>), used only while
/// site.yml has no <c>base_url</c> of its own. <see cref="Links"/> is how every page's links are written:
/// for the served site, or (<c>build --offline</c>) for a copy opened from disk.
/// </summary>
public sealed record BuildRequest(string ContentDirectory, string ThemeDirectory, string OutputDirectory, bool Write, string WorkingDirectory, string BaseUrl = "", LinkMode Links = LinkMode.Served);
