using HaiPhongUrban.Portal.Building;
using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Model;

namespace HaiPhongUrban.Portal.Tests.Support;

/// <summary>The typed model of the real content, loaded through the real load and model stages.</summary>
public static class SeedModel
{
    public static Site Load() => Load(RepoPaths.Content);

    public static Site Load(string contentDirectory)
    {
        var diagnostics = new DiagnosticBag();
        var site = SiteBuilder.Model(contentDirectory, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics.Sorted().Select(d => d.Text(UiLanguage.English))));
        return site!;
    }
}
