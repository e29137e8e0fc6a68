using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Tests.StaffGuide;
using HaiPhongUrban.Portal.Tests.Support;

namespace HaiPhongUrban.Portal.Tests.Validation.Datasets;

/// <summary>
/// Two tables with one name: the one to rename is the new one, since the published one's download
/// addresses must live for good. A new dataset (the staff guide's example 'bai-do-xe', in a folder of its
/// own) comes before the published 'noi-nhan' in folder order and takes its table name 'noi-nhan'.
/// </summary>
public sealed class DuplicateTableNameTests
{
    // Not the guide's own folder: staff following the guide may have added 'bai-do-xe' to the content,
    // and the example laid over it would then add its rows and fields to theirs.
    private const string Folder = "datasets/bai-do-xe-trung-ten/";

    private static (Workspace Workspace, Diagnostic Error) NewDatasetTakingAPublishedName(bool withList)
    {
        var workspace = Workspace.Create();
        if (withList)
        {
            workspace.WithPublishedUrls();
        }

        foreach (var example in GuideText.Load().Examples.Where(e => e.Target.StartsWith("content/datasets/bai-do-xe/", StringComparison.Ordinal)))
        {
            ApplyExample.To(workspace, example with { Target = example.Target.Replace("datasets/bai-do-xe/", Folder, StringComparison.Ordinal) });
        }

        var description = workspace.ContentFile(Folder + "dataset.yml");
        File.WriteAllText(description, File.ReadAllText(description).Replace("  - name: bai-do-xe\n", "  - name: noi-nhan\n", StringComparison.Ordinal));

        var result = Runs.Build(workspace, write: false);
        var error = Assert.Single(result.Diagnostics, d => d.Message.Code.StartsWith("table-name", StringComparison.Ordinal));
        return (workspace, error);
    }

    [Fact]
    public void The_new_dataset_is_blamed_and_told_why_not_the_published_one()
    {
        var (workspace, error) = NewDatasetTakingAPublishedName(withList: true);
        using var _ = workspace;

        Assert.Equal(workspace.ContentFile(Folder + "dataset.yml"), error.Location.FilePath);
        Assert.Equal(Messages.TableNamePublished, error.Message);
        Assert.Contains("content/datasets/noi-nhan/dataset.yml:", error.Text(UiLanguage.English, workspace.Root), StringComparison.Ordinal);
        Assert.Contains("do not rename that one", error.Text(UiLanguage.English), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_list_the_later_one_in_folder_order_is_blamed()
    {
        var (workspace, error) = NewDatasetTakingAPublishedName(withList: false);
        using var _ = workspace;

        Assert.Equal(workspace.ContentFile("datasets/noi-nhan/dataset.yml"), error.Location.FilePath);
        Assert.Equal(Messages.TableNameDuplicate, error.Message);
    }
}
