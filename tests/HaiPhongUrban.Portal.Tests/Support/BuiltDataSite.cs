using HaiPhongUrban.Portal.Building;

namespace HaiPhongUrban.Portal.Tests.Support;

/// <summary>
/// The real content plus a staff-added dataset (tests/fixtures/staff-dataset/, laid over
/// content/), built once with a base URL in site.yml, so catalogues carry absolute URLs.
/// </summary>
public sealed class BuiltDataSite : IDisposable
{
    public const string BaseUrl = "https://quy-hoach.example.vn";

    private readonly Workspace _workspace = Workspace.Create();

    public BuiltDataSite()
    {
        _workspace.Overlay(Path.Combine(RepoPaths.Fixtures, "staff-dataset"));
        var settings = _workspace.ContentFile("site.yml");
        // What staff will fill in once known; with it the catalogues must carry every required field.
        File.WriteAllText(settings, File.ReadAllText(settings)
            .Replace("base_url: \"\"", $"base_url: {BaseUrl}", StringComparison.Ordinal)
            .Replace("  name: \"\"", "  name: Ban biên tập (kiểm thử)", StringComparison.Ordinal)
            .Replace("  email: \"\"", "  email: bien-tap@example.vn", StringComparison.Ordinal));
        Result = SiteBuilder.Run(new BuildRequest(_workspace.Content, _workspace.Theme, _workspace.Output, true, _workspace.Root));
    }

    public BuildResult Result { get; }

    public string Output => _workspace.Output;

    public string Content => _workspace.Content;

    public string Root => _workspace.Root;

    /// <summary>The output file an absolute or site-relative URL of this site is served from.</summary>
    public string FileOf(string url)
    {
        var path = url.StartsWith(BaseUrl, StringComparison.Ordinal) ? url[BaseUrl.Length..] : url;
        return Path.Combine(Output, Portal.Kernel.Urls.UrlPath.OutputFile(path.Split('#')[0]));
    }

    public byte[] Bytes(string url) => File.ReadAllBytes(FileOf(url));

    public void Dispose() => _workspace.Dispose();
}

[CollectionDefinition(Name)]
public sealed class BuiltDataSiteCollection : ICollectionFixture<BuiltDataSite>
{
    public const string Name = "built data site";
}
