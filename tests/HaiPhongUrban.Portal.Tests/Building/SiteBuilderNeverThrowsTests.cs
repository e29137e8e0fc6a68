using HaiPhongUrban.Portal.Building;
using HaiPhongUrban.Portal.Tests.Loading;
using HaiPhongUrban.Portal.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace HaiPhongUrban.Portal.Tests.Building;

/// <summary>
/// The whole pipeline over a copy of the real content with one file replaced by broken bytes: load,
/// validate, model, render and the link check must end in diagnostics at real places, never in an
/// exception, and a run with an error must write nothing.
/// </summary>
public sealed class SiteBuilderNeverThrowsTests : IDisposable
{
    /// <summary>Each content file a loader reads, with whether it is CSV.</summary>
    private static readonly (string File, bool Csv)[] Files =
    [
        ("site.yml", false), ("ket-luan/ket-luan.yml", false), ("ket-luan/bien-tap.yml", false), ("ket-luan/dinh-chinh.yml", false),
        ("chu-de.yml", false), ("van-ban.yml", false), ("datasets/theo-doi-thuc-hien/dataset.yml", false),
        ("datasets/theo-doi-thuc-hien/cap-nhat.csv", true), ("ket-luan/lien-ket.yml", false),
        ("pages/gioi-thieu.md", false),
    ];

    private readonly Workspace _workspace = Workspace.Create();

    public void Dispose() => _workspace.Dispose();

    // Few cases: each is a whole run (a few hundred milliseconds when the broken file still builds).
    [Property(MaxTest = 30)]
    public Property Any_one_broken_file_gives_diagnostics_and_writes_nothing_on_error()
    {
        var cases = Gen.Elements(Files).SelectMany(f =>
        {
            var original = File.ReadAllText(Path.Combine(RepoPaths.Content, f.File));
            var text = Gen.OneOf(f.Csv ? HostileText.CsvSoup : HostileText.YamlSoup, HostileText.Mutated(original, f.Csv));
            return HostileText.AsFileBytes(text).Select(bytes => (f.File, Bytes: bytes));
        });

        return Prop.ForAll(Arb.From(cases), c =>
        {
            var path = _workspace.ContentFile(c.File);
            var original = File.ReadAllBytes(path);
            File.WriteAllBytes(path, c.Bytes);
            try
            {
                var result = SiteBuilder.Run(new BuildRequest(_workspace.Content, _workspace.Theme, _workspace.Output, true, _workspace.Root));

                LoadersNeverThrowTests.AssertDiagnosticsPointInto(path, c.Bytes, result.Diagnostics.Where(d => d.Location.FilePath == path).ToList());
                Assert.All(result.Diagnostics, d => Assert.True(Path.Exists(d.Location.FilePath), d.Location.FilePath));
                if (!result.Succeeded)
                {
                    Assert.False(Directory.Exists(_workspace.Output), "a run with an error wrote the output folder");
                }

                Assert.Empty(Directory.GetDirectories(_workspace.Root, ".output.staging-*"));
            }
            finally
            {
                File.WriteAllBytes(path, original);
                if (Directory.Exists(_workspace.Output))
                {
                    Directory.Delete(_workspace.Output, recursive: true);
                }
            }
        });
    }
}
