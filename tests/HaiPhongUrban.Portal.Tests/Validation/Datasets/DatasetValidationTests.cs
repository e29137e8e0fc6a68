using HaiPhongUrban.Portal.Tests.Support;

namespace HaiPhongUrban.Portal.Tests.Validation.Datasets;

/// <summary>
/// Broken dataset fixtures laid over the real content: every bad cell is reported at its own
/// <c>path:line:column</c> with the column's name, the value and what was expected, all in one run,
/// and nothing is written.
/// </summary>
public sealed class DatasetValidationTests
{
    private const string Tracker = "content/datasets/theo-doi-thuc-hien/cap-nhat.csv";

    [Fact]
    public void Every_bad_cell_of_a_csv_is_reported_at_once_with_column_value_and_expectation()
    {
        using var workspace = Workspace.Create("bad-csv-cells");

        var result = Runs.Build(workspace);
        var errors = Runs.Errors(result, workspace.Root);

        Assert.False(result.Succeeded);
        Assert.Contains(errors, e => e.StartsWith($"{Tracker}:3:12: error: The column 'date' has the value '11/11/2023', but it needs a real date written year-month-day, e.g. 2023-11-11.", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith($"{Tracker}:3:23: error: The column 'status' has the value 'xong', which is not one of the allowed values: chua-co-bao-cao", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith($"{Tracker}:4:1: error: This row has 4 cells but the table has 6 columns", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith($"{Tracker}:5:1: error: The column 'task_group_id + date' has the value 'nhiem-vu-1, 2023-11-11', already at line 2", StringComparison.Ordinal));
        // A reference into a table drawn from the Conclusion, reported in the same run as the bad cells.
        Assert.Contains(errors, e => e.StartsWith($"{Tracker}:6:1: error: The column 'task_group_id' has the value 'nhiem-vu-99', but no row of the resource 'nhiem-vu' has it in the column 'id'.", StringComparison.Ordinal));

        // After a line break inside a quoted cell, cells are located on the line they are really on,
        // and a value with a line break is quoted on one line.
        Assert.Contains(errors, e => e.StartsWith($"{Tracker}:8:23: error: The column 'status' has the value 'sai\\ndòng', which is not one of the allowed values", StringComparison.Ordinal));
        Assert.Equal(6, errors.Count);
        Assert.False(Directory.Exists(workspace.Output));
    }

    [Fact]
    public void A_reference_to_a_row_that_does_not_exist_names_the_resource_and_column()
    {
        using var workspace = Workspace.Create("unknown-foreign-key");

        var errors = Runs.Errors(Runs.Build(workspace), workspace.Root);

        var error = Assert.Single(errors);
        Assert.StartsWith("content/datasets/theo-doi-thuc-hien/cap-nhat.csv:3:1: error: The column 'task_group_id' has the value 'nhiem-vu-9', but no row of the resource 'nhiem-vu' has it in the column 'id'.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_type_and_an_unknown_generated_table_are_reported_in_dataset_yml()
    {
        using var workspace = Workspace.Create("bad-dataset-schema");

        var errors = Runs.Errors(Runs.Build(workspace), workspace.Root);

        Assert.Contains(errors, e => e.StartsWith("content/datasets/noi-nhan/dataset.yml:26:21: error: There is no generated table or file called 'conclusion-recipient'. Use one of the names: conclusion-paragraphs", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("content/datasets/noi-nhan/dataset.yml:38:17: error: There is no type 'whole-number'. The types are: string, integer, number, date, boolean.", StringComparison.Ordinal));
    }

    [Fact]
    public void The_seed_datasets_are_valid()
    {
        using var workspace = Workspace.Create();

        var result = Runs.Build(workspace, write: false);

        Assert.Empty(Runs.Errors(result, workspace.Root));
    }
}
