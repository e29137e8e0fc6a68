using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Tests.Support;
using System.Text;

namespace HaiPhongUrban.Portal.Tests.Validation.Datasets;

/// <summary>A CSV file saved in decomposed Unicode builds, with one warning, and is published composed.</summary>
public sealed class CheckCsvFileTests
{
    private const string Tracker = "datasets/theo-doi-thuc-hien/cap-nhat.csv";

    [Fact]
    public void Decomposed_csv_is_published_composed_with_one_warning_at_its_first_decomposed_cell()
    {
        using var workspace = Workspace.Create();
        var path = workspace.ContentFile(Tracker);
        File.WriteAllText(path, File.ReadAllText(path).Normalize(NormalizationForm.FormD));

        var result = Runs.Build(workspace);

        Assert.True(result.Succeeded, string.Join('\n', Runs.Errors(result, workspace.Root)));
        var warning = Assert.Single(result.Diagnostics, d => d.Message == Messages.Decomposed);
        Assert.Equal((path, 2, 39), (warning.Location.FilePath, warning.Location.Line, warning.Location.Column));
        var published = Directory.EnumerateFiles(Path.Combine(workspace.Output, "du-lieu", "theo-doi-thuc-hien"), "*.csv")
            .Select(File.ReadAllText)
            .ToList();
        Assert.NotEmpty(published);
        Assert.All(published, text => Assert.True(text.IsNormalized(NormalizationForm.FormC)));
        Assert.All(published, text => Assert.Contains("Nhóm biên tập", text, StringComparison.Ordinal));
    }
}
