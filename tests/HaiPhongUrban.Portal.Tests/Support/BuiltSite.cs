using HaiPhongUrban.Portal.Kernel.Urls;
using HaiPhongUrban.Portal.Building;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace HaiPhongUrban.Portal.Tests.Support;

/// <summary>
/// The real content and theme built once for the whole test run (xunit collection fixture); tests
/// read the output folder like a visitor would.
/// </summary>
public sealed class BuiltSite : IDisposable
{
    private readonly Workspace _workspace = Workspace.Create();

    public BuiltSite()
    {
        Result = Runs.Build(_workspace);
    }

    public BuildResult Result { get; }

    public string Output => _workspace.Output;

    public string Root => _workspace.Root;

    public IEnumerable<string> HtmlFiles() =>
        Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    public IHtmlDocument Page(string url) => Parse(FileOf(url));

    public static IHtmlDocument Parse(string file) => new HtmlParser().ParseDocument(File.ReadAllText(file));

    /// <summary>The URL a file of the output is served at ('x/index.html' is '/x/').</summary>
    public string UrlOf(string file) => UrlOf(Output, file);

    /// <summary>The URL a file of an output folder is served at; shared with the browser tests' own build.</summary>
    public static string UrlOf(string output, string file)
    {
        var relative = "/" + Path.GetRelativePath(output, file).Replace('\\', '/');
        return relative.EndsWith("/index.html", StringComparison.Ordinal) ? relative[..^"index.html".Length] : relative;
    }

    /// <summary>The output file that serves a site-relative URL.</summary>
    public string FileOf(string url) => FileOfIn(Output, url);

    /// <summary>The file of an output folder that serves a site-relative URL; for tests that build their own workspace.</summary>
    public static string FileOfIn(string output, string url) => Path.Combine(output, UrlPath.OutputFile(url.Split('#', '?')[0]));

    public void Dispose() => _workspace.Dispose();
}

[CollectionDefinition(Name)]
public sealed class BuiltSiteCollection : ICollectionFixture<BuiltSite>
{
    public const string Name = "built site";
}
