using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Tests.Support;
using System.Text;

namespace HaiPhongUrban.Portal.Tests.Validation.Datasets;

/// <summary>
/// A CSV file saved in decomposed Unicode builds, with one warning, and is published composed; a wrong
/// header is shown at the name that differs, and one saved with semicolons is told to use commas.
/// </summary>
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

    [Theory]
    [InlineData("task_group_id,date,statsu,source,source_url,note", 20)] // a typo in the third name
    [InlineData("task_group_id,date,status,source,source_url", 44)]      // the last name left out
    [InlineData("task_group_id,date,status,source,source_url,note,extra", 50)]
    public void A_header_that_differs_is_reported_at_the_first_name_that_differs(string header, int column)
    {
        using var workspace = Workspace.Create();
        var path = workspace.ContentFile(Tracker);
        var lines = File.ReadAllLines(path);
        File.WriteAllLines(path, [header, .. lines.Skip(1)]);

        var result = Runs.Build(workspace, write: false);

        var error = Assert.Single(result.Diagnostics, d => d.Message == Messages.CsvHeader);
        Assert.Equal((1, column), (error.Location.Line, error.Location.Column));
    }

    [Fact]
    public void A_csv_saved_with_semicolons_is_told_to_use_commas_and_gives_no_other_error()
    {
        using var workspace = Workspace.Create();
        var path = workspace.ContentFile(Tracker);
        File.WriteAllLines(path, File.ReadAllLines(path).Select(line => line.Replace(',', ';')));

        var result = Runs.Build(workspace, write: false);

        var error = Assert.Single(result.Diagnostics, d => d.Location.FilePath == path);
        Assert.Equal(Messages.CsvSemicolons, error.Message);
        Assert.Contains("dấu chấm phẩy (;)", error.Text(UiLanguage.Vietnamese), StringComparison.Ordinal);
        Assert.Contains("task_group_id,date,status,source,source_url,note", error.Text(UiLanguage.English), StringComparison.Ordinal);
    }
}
