using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Tests.Support;

namespace HaiPhongUrban.Portal.Tests.Validation.Datasets;

/// <summary>
/// One typo in a field's <c>name:</c> of dataset.yml is one error, at the typo: not "no column" at every
/// primary key and foreign key that names the right column, far from where the mistake is.
/// </summary>
public sealed class FieldNameTypoTests
{
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
        var typo = Assert.Single(result.Diagnostics, d => d.Message == Messages.FieldNameTypo);
        Assert.Equal((path, typoLine), (typo.Location.FilePath, typo.Location.Line));
        Assert.Contains("'task_gruop_id'", typo.Text(UiLanguage.Vietnamese), StringComparison.Ordinal);
        Assert.Contains("'task_group_id'", typo.Text(UiLanguage.Vietnamese), StringComparison.Ordinal);
    }
}
