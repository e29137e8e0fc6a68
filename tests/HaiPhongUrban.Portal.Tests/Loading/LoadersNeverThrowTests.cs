using HaiPhongUrban.Portal.Sections.Conclusion;
using HaiPhongUrban.Portal.Sections.Datasets;
using HaiPhongUrban.Portal.Sections.Documents;
using HaiPhongUrban.Portal.Sections.Topics;
using HaiPhongUrban.Portal.Sections.Topics.Loading;
using HaiPhongUrban.Portal.Model.Settings;
using HaiPhongUrban.Portal.Sections.Conclusion.Loading;
using HaiPhongUrban.Portal.Sections.Datasets.Loading;
using HaiPhongUrban.Portal.Sections.Datasets.Model;
using HaiPhongUrban.Portal.Sections.Datasets.Validation;
using HaiPhongUrban.Portal.Sections.Documents.Loading;
using HaiPhongUrban.Portal.Sections.Documents.Wording;
using HaiPhongUrban.Portal.Sections.Pages.Loading;
using HaiPhongUrban.Portal.Tests.Support;
using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Kernel.Tables;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace HaiPhongUrban.Portal.Tests.Loading;

/// <summary>
/// Every loader, fed random bytes, random YAML- or CSV-shaped text and the real file with random
/// edits: the only outcome allowed is diagnostics at a real place in the file, never an exception.
/// FsCheck prints the failing input and a Replay seed to run it again.
/// </summary>
public sealed class LoadersNeverThrowTests : IDisposable
{
    private const int Cases = 120;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "portal-tests", "loaders-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Property(MaxTest = Cases)]
    public Property Site_settings() => Loads("site.yml", path => LoadSiteSettings.Load(path, Bag(out var d)), csv: false);

    [Property(MaxTest = Cases)]
    public Property Conclusion() => Loads("ket-luan/ket-luan.yml", path => LoadFullText.Load(path, "ket-luan.yml", Bag(out var d)), csv: false);

    [Property(MaxTest = Cases)]
    public Property Editorial() => Loads(ConclusionSection.EditorialFile, path => LoadEditorial.LoadEntries(path, Bag(out var d)), csv: false);

    [Property(MaxTest = Cases)]
    public Property Trace_links() => Loads(ConclusionSection.TraceLinksFile, path => LoadTraceLinks.Load(path, Bag(out var d)), csv: false);

    [Property(MaxTest = Cases)]
    public Property Errata() => Loads("ket-luan/dinh-chinh.yml", path => LoadErrata.Load(path, "dinh-chinh.yml", Bag(out var d)), csv: false);

    [Property(MaxTest = Cases)]
    public Property Topics() => Loads(TopicsSection.File, path => LoadTopics.Load(path, Bag(out var d)), csv: false);

    [Property(MaxTest = Cases)]
    public Property Documents() => Loads(DocumentsSection.File, path => LoadDocuments.Load(path, Bag(out var d)), csv: false);

    [Property(MaxTest = Cases)]
    public Property Dataset_description() =>
        Loads("datasets/theo-doi-thuc-hien/dataset.yml", path => LoadDatasets.Load(Path.GetDirectoryName(Path.GetDirectoryName(path))!, Bag(out var d)), csv: false);

    [Property(MaxTest = Cases)]
    public Property Markdown_page() =>
        Loads("pages/gioi-thieu.md", path => LoadPages.Load(Path.GetDirectoryName(path)!, Bag(out var d)), csv: false);

    [Property(MaxTest = Cases)]
    public Property Dataset_csv()
    {
        var schema = TrackerSchema();
        return Loads("datasets/theo-doi-thuc-hien/cap-nhat.csv", path => CheckCsvFile.Run(path, schema, Bag(out var d)), csv: true);
    }

    // Each loader is given its own DiagnosticBag; the property reads it back through this field.
    private DiagnosticBag _diagnostics = new();

    private DiagnosticBag Bag(out DiagnosticBag bag)
    {
        bag = _diagnostics;
        return bag;
    }

    private Property Loads(string relative, Action<string> load, bool csv)
    {
        var original = File.ReadAllText(Path.Combine(RepoPaths.Content, relative));
        var text = Gen.OneOf(csv ? HostileText.CsvSoup : HostileText.YamlSoup, HostileText.Mutated(original, csv));
        return Prop.ForAll(Arb.From(HostileText.AsFileBytes(text)), bytes =>
        {
            var path = Path.Combine(_folder, Guid.NewGuid().ToString("N"), relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, bytes);
            _diagnostics = new DiagnosticBag();

            load(path); // any exception fails the property, with this input

            AssertDiagnosticsPointInto(path, bytes, _diagnostics.Sorted());
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        });
    }

    /// <summary>
    /// Every diagnostic names this file, a line the file has, and formats in both languages. A line
    /// ends at LF, at a lone CR (as CSV and YAML count them) or at U+0085, U+2028, U+2029 (YAML).
    /// </summary>
    public static void AssertDiagnosticsPointInto(string path, byte[] bytes, IReadOnlyList<Diagnostic> diagnostics)
    {
        var text = System.Text.Encoding.UTF8.GetString(bytes);
        var lines = 1 + text.Count(c => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029');
        foreach (var diagnostic in diagnostics)
        {
            Assert.Equal(path, diagnostic.Location.FilePath);
            Assert.InRange(diagnostic.Location.Line, 1, lines + 1);
            Assert.True(diagnostic.Location.Column >= 1);
            Assert.NotEmpty(diagnostic.Text(UiLanguage.Vietnamese));
            Assert.NotEmpty(diagnostic.Text(UiLanguage.English));
        }
    }

    private static TableSchema TrackerSchema()
    {
        var datasets = LoadDatasets.Load(Path.Combine(RepoPaths.Content, DatasetsSection.Folder), new DiagnosticBag());
        var resource = datasets.SelectMany(d => d.Resources).Single(r => r.Path?.Value == "cap-nhat.csv");
        return TableSchemas.From(resource.Schema);
    }
}
