using HaiPhongUrban.Portal.Tests.Support;

namespace HaiPhongUrban.Portal.Tests.StaffGuide;

/// <summary>An example goes into its file the way the guide's words say: added at the end, or field by field.</summary>
public sealed class ApplyExampleTests
{
    [Theory]
    // A value is replaced, the rest of the file (comments included) stays.
    [InlineData("# c\ntitle: A\nmodified: 2026-11-25\nkeywords: [a]\n", "modified: 2026-12-01\n", "# c\ntitle: A\nmodified: 2026-12-01\nkeywords: [a]\n")]
    // A list written one entry a line gets the example's entries at its end; a flow list is replaced.
    [InlineData("keywords: [a]\nchanges:\n  - date: 1\n    note: x\nresources: []\n", "keywords: [a, b]\nchanges:\n  - date: 2\n    note: y\n",
        "keywords: [a, b]\nchanges:\n  - date: 1\n    note: x\n  - date: 2\n    note: y\nresources: []\n")]
    // A mapping is replaced whole; the comment introducing the next field stays before it.
    [InlineData("publisher:\n  name: \"\"\n  url: \"\"\n# liên hệ\ncontact:\n  email: \"\"\n", "publisher:\n  name: B\n  url: https://example.org/\n",
        "publisher:\n  name: B\n  url: https://example.org/\n# liên hệ\ncontact:\n  email: \"\"\n")]
    // A field the file lacks is added at its end.
    [InlineData("title: A\n", "updated: 2026-12-01\n", "title: A\nupdated: 2026-12-01\n")]
    public void Fields_of_an_example_go_into_a_yaml_file_field_by_field(string file, string example, string expected) =>
        Assert.Equal(expected, ApplyExample.MergeFields(file, example));

    [Fact]
    public void A_front_matter_example_changes_only_the_pages_front_matter()
    {
        const string page = "---\ntitle: A\nlayout: about\n---\n\n## Mục\n\nVăn bản.\n";

        Assert.Equal("---\ntitle: A\nlayout: about\nupdated: 2026-12-01\n---\n\n## Mục\n\nVăn bản.\n", ApplyExample.MergeFrontMatter(page, "---\ntitle: A\nupdated: 2026-12-01\n---\n"));
    }

    [Fact]
    public void Rows_lines_and_list_entries_are_added_at_the_end_and_new_files_are_created()
    {
        using var workspace = Workspace.Create();
        var csv = workspace.ContentFile("datasets/theo-doi-thuc-hien/cap-nhat.csv");
        var rows = File.ReadAllLines(csv).Length;
        var updates = File.ReadAllText(workspace.ContentFile("cap-nhat.yml"));

        ApplyExample.To(workspace, Example("content/datasets/theo-doi-thuc-hien/cap-nhat.csv", "nhiem-vu-3,2027-03-01,dang-thuc-hien,Nguồn,,"));
        ApplyExample.To(workspace, Example("content/cap-nhat.yml", "- id: moi\n  date: 2027-03-01"));
        ApplyExample.To(workspace, Example("content/datasets/moi/a.csv", "a\n1"));

        Assert.Equal([.. File.ReadAllLines(Path.Combine(RepoPaths.Content, "datasets/theo-doi-thuc-hien/cap-nhat.csv")), "nhiem-vu-3,2027-03-01,dang-thuc-hien,Nguồn,,"], File.ReadAllLines(csv));
        Assert.Equal(rows + 1, File.ReadAllLines(csv).Length);
        Assert.Equal(updates.TrimEnd('\n') + "\n\n- id: moi\n  date: 2027-03-01\n", File.ReadAllText(workspace.ContentFile("cap-nhat.yml")));
        Assert.Equal("a\n1\n", File.ReadAllText(workspace.ContentFile("datasets/moi/a.csv")));
    }

    private static GuideText.Block Example(string target, string text) => new(1, "Mục", "text", target, false, false, text);
}
