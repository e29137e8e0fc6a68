using HaiPhongUrban.Portal.Kernel.Urls;
using HaiPhongUrban.Portal.Building;
using AngleSharp.Html.Dom;

namespace HaiPhongUrban.Portal.Tests.Support;

/// <summary>
/// The real content and theme built once with site.yml's <c>language: en</c>, the one change staff make
/// for an English interface; tests compare it with the Vietnamese build (<see cref="BuiltSite"/>).
/// </summary>
public sealed class BuiltEnglishSite : IDisposable
{
    private readonly Workspace _workspace = Workspace.Create();

    public BuiltEnglishSite()
    {
        _workspace.UseInterfaceLanguage("en");
        Result = Runs.Build(_workspace);
    }

    public BuildResult Result { get; }

    public string Output => _workspace.Output;

    public string Root => _workspace.Root;

    public string Theme => _workspace.Theme;

    public IEnumerable<string> HtmlFiles() =>
        Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    public IHtmlDocument Page(string url) => BuiltSite.Parse(Path.Combine(Output, UrlPath.OutputFile(url.Split('#', '?')[0])));

    public string UrlOf(string file) => BuiltSite.UrlOf(Output, file);

    public void Dispose() => _workspace.Dispose();
}
