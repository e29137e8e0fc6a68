using HaiPhongUrban.Portal.Tests.Support;

namespace HaiPhongUrban.Portal.Tests.Validation.Datasets;

/// <summary>
/// A dataset.yml that cannot be read is one error, at the mistake: what it would have held is unknown, so
/// the tracker is not reported missing and a foreign key into one of its tables is not reported as pointing
/// nowhere.
/// </summary>
public sealed class UnreadableDatasetTests
{
    [Fact]
    public void A_yaml_mistake_in_the_trackers_dataset_yml_is_not_also_a_missing_tracker()
    {
        using var workspace = Workspace.Create();
        workspace.Edit("content/datasets/theo-doi-thuc-hien/dataset.yml", "update_frequency: irregular\n", "\tupdate_frequency: irregular\n");

        var error = Assert.Single(Runs.Errors(Runs.Build(workspace, write: false), workspace.Root));

        Assert.StartsWith("content/datasets/theo-doi-thuc-hien/dataset.yml:", error, StringComparison.Ordinal);
        Assert.Contains("error: This line is indented with a tab.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_yaml_mistake_in_a_dataset_yml_is_not_also_a_foreign_key_to_nowhere_in_another()
    {
        using var workspace = Workspace.Create();
        workspace.Edit("content/datasets/ket-qua-han-che-nhiem-vu/dataset.yml", "\ntitle: ", "\ntitle: \"Bảng\" ");

        var error = Assert.Single(Runs.Errors(Runs.Build(workspace, write: false), workspace.Root));

        Assert.StartsWith("content/datasets/ket-qua-han-che-nhiem-vu/dataset.yml:", error, StringComparison.Ordinal);
        Assert.Contains("error: This line is not a \"name: value\" field", error, StringComparison.Ordinal);
    }
}
