using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Tests.Support;

namespace HaiPhongUrban.Portal.Tests.Validation.Datasets;

/// <summary>
/// One typo in a name of dataset.yml is one error, at the typo, with the name it was probably meant to be:
/// not "no column" at every primary key and foreign key that names the right column, a CSV header "not the
/// declared columns" and the tracker "needs a column", far from where the mistake is.
/// </summary>
public sealed class FieldNameTypoTests
{
    private const string Tracker = "content/datasets/theo-doi-thuc-hien/dataset.yml";

    private const string TrackerCsv = "content/datasets/theo-doi-thuc-hien/cap-nhat.csv";

    [Fact]
    public void A_typo_in_a_field_name_is_reported_once_at_the_typo()
    {
        using var workspace = Workspace.Create();
        var path = workspace.ContentFile("datasets/theo-doi-thuc-hien/dataset.yml");
        var text = File.ReadAllText(path);
        File.WriteAllText(path, text.Replace("- name: task_group_id", "- name: task_gruop_id", StringComparison.Ordinal));
        var typoLine = text[..text.IndexOf("- name: task_group_id", StringComparison.Ordinal)].Count(c => c == '\n') + 1;

        var result = Runs.Build(workspace, write: false);

        var schemaErrors = result.Diagnostics.Where(d => d.Location.FilePath == path && d.Message.Code.StartsWith("schema-field", StringComparison.Ordinal)).ToList();
        Assert.Empty(schemaErrors);
        // The CSV header names the column rightly, so the message says where it does.
        var typo = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("field-name-not-in-header", typo.Message.Code);
        Assert.Equal((path, typoLine), (typo.Location.FilePath, typo.Location.Line));
        Assert.Contains("'task_gruop_id'", typo.Text(UiLanguage.Vietnamese), StringComparison.Ordinal);
        Assert.Contains("'task_group_id'", typo.Text(UiLanguage.Vietnamese), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("status", "statsu", "1:20")]
    [InlineData("source_url", "sourse_url", "1:34")]
    // Not a typo but a rename: still one error, and 'note', two letters from 'date', is not blamed.
    [InlineData("date", "ngay", "1:15")]
    public void A_tracker_column_misnamed_in_dataset_yml_is_one_error_at_the_name_citing_the_csv_header(string name, string typo, string headerPlace)
    {
        using var workspace = Workspace.Create();
        var text = File.ReadAllText(workspace.ContentFile("datasets/theo-doi-thuc-hien/dataset.yml"));
        workspace.Edit(Tracker, $"- name: {name}\n", $"- name: {typo}\n");

        var error = Assert.Single(Runs.Errors(Runs.Build(workspace, write: false), workspace.Root));

        Assert.Equal(
            $"{Tracker}:{Place(text, $"- name: {name}\n", "- name: ".Length)}: error: The column '{typo}' is declared here, but the CSV file's header calls the column in this place '{name}' ({TrackerCsv}:{headerPlace}): a typo in one of the two? Correct the wrong one so the names agree; the CSV's name is the one everyone who downloads it sees.",
            error);
    }

    [Fact]
    public void A_typo_in_the_primary_key_is_reported_at_the_key_not_at_the_column_the_csv_agrees_with()
    {
        using var workspace = Workspace.Create();
        var text = File.ReadAllText(workspace.ContentFile("datasets/theo-doi-thuc-hien/dataset.yml"));
        workspace.Edit(Tracker, "primary_key: [task_group_id, date]", "primary_key: [task_group_id, dat]");

        var error = Assert.Single(Runs.Errors(Runs.Build(workspace, write: false), workspace.Root));

        Assert.Equal(
            $"{Tracker}:{Place(text, "primary_key: [task_group_id, date]", "primary_key: [task_group_id, ".Length)}: error: There is no column 'dat' in this resource's 'fields'; did you mean 'date'? Use the name of a declared column.",
            error);
    }

    [Theory]
    [InlineData("- field: task_group_id", "- field: task_gruop_id", "- field: ", "There is no column 'task_gruop_id' in this resource's 'fields'; did you mean 'task_group_id'? Use the name of a declared column.")]
    [InlineData("{ resource: nhiem-vu, field: id }", "{ resource: nhiem-vuu, field: id }", "{ resource: ", "No dataset has a resource called 'nhiem-vuu'; did you mean 'nhiem-vu'? Use the 'name' of an existing resource.")]
    [InlineData("{ resource: nhiem-vu, field: id }", "{ resource: nhiem-vu, field: idd }", "{ resource: nhiem-vu, field: ", "There is no column 'idd' in this resource's 'fields'; did you mean 'id'? Use the name of a declared column.")]
    public void A_foreign_key_naming_a_misspelled_column_or_table_is_one_error_with_the_name_meant(string right, string wrong, string before, string message)
    {
        using var workspace = Workspace.Create();
        var text = File.ReadAllText(workspace.ContentFile("datasets/theo-doi-thuc-hien/dataset.yml"));
        workspace.Edit(Tracker, right, wrong);

        var error = Assert.Single(Runs.Errors(Runs.Build(workspace, write: false), workspace.Root));

        Assert.Equal($"{Tracker}:{Place(text, right, before.Length)}: error: {message}", error);
    }

    /// <summary>"line:column" of the character <paramref name="offset"/> characters into the first <paramref name="needle"/> of the text.</summary>
    private static string Place(string text, string needle, int offset)
    {
        var at = text.IndexOf(needle, StringComparison.Ordinal) + offset;
        var line = text[..at].Count(c => c == '\n') + 1;
        var column = at - (text.LastIndexOf('\n', at - 1) + 1) + 1;
        return $"{line}:{column}";
    }
}
