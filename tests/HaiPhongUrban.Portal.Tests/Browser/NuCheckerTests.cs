using HaiPhongUrban.Portal.Tests.Support;
using Xunit.Abstractions;

namespace HaiPhongUrban.Portal.Tests.Browser;

/// <summary>
/// Every page of the built site is valid HTML for the W3C Nu checker: browsers and assistive technology
/// then agree on what the page is, instead of each repairing broken markup its own way.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class NuCheckerTests(BuiltSite site, BuiltEnglishSite english, ITestOutputHelper output) : IClassFixture<BuiltEnglishSite>
{
    /// <summary>The English interface's pages, where lang attributes mark the Vietnamese content within.</summary>
    [NuCheckerFact]
    public void Every_english_page_has_no_nu_errors()
    {
        var files = english.HtmlFiles().ToList();
        var failures = NuChecker.Check(files).Select(m => $"{Path.GetRelativePath(english.Output, m.File)}:{m.Line}: {m.Message}").ToList();
        output.WriteLine($"{files.Count} English pages: {failures.Count} Nu errors");

        Assert.True(files.Count > 30, $"only {files.Count} pages found");
        Assert.True(failures.Count == 0, $"{failures.Count} Nu errors:\n" + string.Join('\n', failures));
    }

    [NuCheckerFact]
    public void Every_page_has_no_nu_errors()
    {
        var files = site.HtmlFiles().OrderBy(site.UrlOf, StringComparer.Ordinal).ToList();
        var messages = NuChecker.Check(files);

        var unattributed = messages.Where(m => !files.Contains(m.File)).Select(m => $"{m.File}: {m.Message}");
        var failures = new List<string>(unattributed);
        foreach (var file in files)
        {
            var own = messages.Where(m => m.File == file).ToList();
            output.WriteLine($"{site.UrlOf(file)}: {own.Count} Nu errors");
            var relative = Path.GetRelativePath(site.Output, file);
            failures.AddRange(own.Select(m => $"{relative}:{m.Line}: {m.Message} (in: {m.Extract.ReplaceLineEndings(" ")})"));
        }

        Assert.True(files.Count > 30, $"only {files.Count} pages found");
        Assert.True(failures.Count == 0, $"{failures.Count} Nu errors:\n" + string.Join('\n', failures));
    }
}
