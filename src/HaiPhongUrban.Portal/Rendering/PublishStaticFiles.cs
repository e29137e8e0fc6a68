using HaiPhongUrban.Portal.Kernel.Theme;
using System.Security.Cryptography;

namespace HaiPhongUrban.Portal.Rendering;

/// <summary>
/// The files published as bytes: theme assets under content-hashed names, and the source
/// transcription unchanged beside the full text.
/// </summary>
public static class PublishStaticFiles
{
    public const string Stylesheet = "site.css";
    public const string Icon = "favicon.svg";

    /// <summary>The search's ranking (no DOM; also run by the relevance test) and the search page's script.</summary>
    public const string SearchCoreScript = "search-core.js";
    public const string SearchPageScript = "search.js";

    /// <summary>The assets pages link to by name; a theme without one of them cannot be built.</summary>
    public static readonly IReadOnlyList<string> RequiredAssets = [Stylesheet, Icon, SearchCoreScript, SearchPageScript];

    public static IReadOnlyDictionary<string, StaticFile> Assets(ThemeFiles theme) =>
        theme.Assets.ToDictionary(
            a => a.FileName,
            a => new StaticFile(SiteRoutes.Asset(a.FileName, Convert.ToHexStringLower(SHA256.HashData(a.Bytes))[..10]), a.Bytes),
            StringComparer.Ordinal);
}
