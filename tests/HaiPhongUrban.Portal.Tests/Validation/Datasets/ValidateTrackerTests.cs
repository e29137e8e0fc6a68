using HaiPhongUrban.Portal.Tests.Support;

namespace HaiPhongUrban.Portal.Tests.Validation.Datasets;

/// <summary>The tracker page reads its table by column name: a column it needs with the wrong type, or a status it cannot explain, is an error in dataset.yml.</summary>
public sealed class ValidateTrackerTests
{
    private const string File = "content/datasets/theo-doi-thuc-hien/dataset.yml";

    [Fact]
    public void A_needed_column_of_the_wrong_type_and_an_unknown_status_are_reported_in_dataset_yml()
    {
        using var workspace = Workspace.Create("bad-tracker-schema");

        var errors = Runs.Errors(Runs.Build(workspace), workspace.Root);

        Assert.Contains(errors, e => e.StartsWith($"{File}:37:17: error: The tracker table needs a column 'date' of type date. Add it to 'schema', or give it 'type: date'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith($"{File}:48:51: error: The status 'tam-dung' has no meaning on the /theo-doi/ page. The 'status' column allows only: chua-co-bao-cao, dang-thuc-hien, da-hoan-thanh.", StringComparison.Ordinal));
        Assert.Equal(2, errors.Count);
        Assert.False(Directory.Exists(workspace.Output));
    }

    [Fact]
    public void The_source_url_column_must_be_one_of_addresses_so_each_cell_is_checked()
    {
        // Without 'format: uri' a tracker row's javascript: address would reach the page's links unchecked.
        using var workspace = Workspace.Create();
        workspace.Edit("content/datasets/theo-doi-thuc-hien/dataset.yml", "          format: uri\n", string.Empty);

        var error = Assert.Single(Runs.Errors(Runs.Build(workspace, write: false), workspace.Root));

        Assert.StartsWith($"{File}:62:17: error: The tracker's column 'source_url' holds addresses the page links to, so it needs 'format: uri'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_column_named_twice_is_reported_as_a_duplicate_and_never_stops_validation()
    {
        // Found by SiteBuilderNeverThrowsTests: a second field named 'status' crashed the tracker's check.
        using var workspace = Workspace.Create();
        var text = System.IO.File.ReadAllText(workspace.ContentFile("datasets/theo-doi-thuc-hien/dataset.yml"));
        System.IO.File.WriteAllText(workspace.ContentFile("datasets/theo-doi-thuc-hien/dataset.yml"), ReplaceSecond(text, "- name: ", "- name: status\n          title: Lặp\n          type: string\n          description: Trùng tên.\n        - name: "));

        var result = Runs.Build(workspace, write: false);

        Assert.False(result.Succeeded);
        Assert.NotEmpty(Runs.Errors(result, workspace.Root));
    }

    private static string ReplaceSecond(string text, string find, string replace)
    {
        var second = text.IndexOf(find, text.IndexOf(find, text.IndexOf("fields:", StringComparison.Ordinal), StringComparison.Ordinal) + 1, StringComparison.Ordinal);
        return text[..second] + replace + text[(second + find.Length)..];
    }

    [Fact]
    public void Content_without_the_tracker_table_is_told_where_to_keep_it()
    {
        using var workspace = Workspace.Create();
        Directory.Delete(workspace.ContentFile("datasets/theo-doi-thuc-hien"), recursive: true);

        var errors = Runs.Errors(Runs.Build(workspace), workspace.Root);

        var error = Assert.Single(errors);
        Assert.StartsWith("content/datasets:1:1: error: No dataset has the tracker table 'cap-nhat-thuc-hien'. The /theo-doi/ page reads it; keep it in content/datasets/theo-doi-thuc-hien/dataset.yml.", error, StringComparison.Ordinal);
    }
}
