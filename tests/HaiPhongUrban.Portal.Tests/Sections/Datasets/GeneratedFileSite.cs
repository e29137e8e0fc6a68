using HaiPhongUrban.Portal.Building;
using HaiPhongUrban.Portal.Sections;
using HaiPhongUrban.Portal.Tests.Support;

namespace HaiPhongUrban.Portal.Tests.Sections.Datasets;

/// <summary>
/// The real content with the dataset files a test writes inline (nothing of them is in content/), and a
/// base URL and contact in site.yml so the catalogues carry absolute URLs and every required field; built
/// with the real sections plus the test's <see cref="BoundariesSection"/>, through the seam
/// <c>SiteBuilder.Run(request, sections)</c>. The test section comes last: a file's bytes and extent are
/// asked for in the publish stage, so the section making it may run after the Datasets.
/// </summary>
public sealed class GeneratedFileSite : IDisposable
{
    public const string BaseUrl = "https://quy-hoach.example.vn";

    public static readonly IReadOnlyList<ISection> Sections = [.. SectionList.All, new BoundariesSection()];

    private readonly Workspace _workspace = Workspace.Create();

    /// <summary>Writes <paramref name="files"/> (paths relative to content/) into a copy of the real content, and builds it.</summary>
    public GeneratedFileSite(IReadOnlyDictionary<string, string> files, bool write = true)
    {
        var settings = _workspace.ContentFile("site.yml");
        File.WriteAllText(settings, File.ReadAllText(settings)
            .Replace("base_url: \"\"", $"base_url: {BaseUrl}", StringComparison.Ordinal)
            .Replace("  name: \"\"", "  name: Ban biên tập (kiểm thử)", StringComparison.Ordinal)
            .Replace("  email: \"\"", "  email: bien-tap@example.vn", StringComparison.Ordinal));
        foreach (var (path, text) in files)
        {
            var full = _workspace.ContentFile(path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text.Replace("\r\n", "\n", StringComparison.Ordinal));
        }

        Result = SiteBuilder.Run(new BuildRequest(_workspace.Content, _workspace.Theme, _workspace.Output, write, _workspace.Root), Sections);
    }

    public BuildResult Result { get; }

    public string Root => _workspace.Root;

    /// <summary>Every error as the CLI prints it in English, paths relative to the workspace.</summary>
    public IReadOnlyList<string> Errors => Runs.Errors(Result, Root);

    /// <summary>The output file an absolute or site-relative URL of this site is served from.</summary>
    public string FileOf(string url) =>
        BuiltSite.FileOfIn(_workspace.Output, url.StartsWith(BaseUrl, StringComparison.Ordinal) ? url[BaseUrl.Length..] : url);

    public byte[] Bytes(string url) => File.ReadAllBytes(FileOf(url));

    public string Text(string url) => File.ReadAllText(FileOf(url));

    public void Dispose() => _workspace.Dispose();
}
