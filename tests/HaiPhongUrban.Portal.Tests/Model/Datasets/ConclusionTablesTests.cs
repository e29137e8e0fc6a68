using HaiPhongUrban.Portal.Sections.Conclusion.Model;
using HaiPhongUrban.Portal.Sections.Datasets.Model;
using HaiPhongUrban.Portal.Tests.Support;
using HaiPhongUrban.Portal.Model;
using HaiPhongUrban.Portal.Sections.Documents.Model;

namespace HaiPhongUrban.Portal.Tests.Model.Datasets;

/// <summary>
/// The datasets drawn from the Conclusion say what the text says and nothing more: checked against
/// the model of the real content, not against the tables' own code.
/// </summary>
public sealed class ConclusionTablesTests
{
    private static readonly Lazy<Site> Seed = new(SeedModel.Load);

    private static IReadOnlyList<IReadOnlyList<string>> Rows(string resource) =>
        Seed.Value.Datasets.SelectMany(d => d.Resources).Single(r => r.Name == resource).Rows.Read().Select(r => r.Cells).ToList();

    [Fact]
    public void The_paragraph_table_holds_every_paragraph_of_the_wording_in_order_word_for_word()
    {
        var paragraphs = Seed.Value.Conclusion.AllParagraphs().ToList();
        var rows = Rows("doan-van");

        Assert.Equal(paragraphs.Select(p => p.Id), rows.Select(r => r[0]));
        Assert.Equal(paragraphs.Select(p => p.Text), rows.Select(r => r[4]));
        Assert.Equal(Enumerable.Range(1, paragraphs.Count).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), rows.Select(r => r[1]));
        Assert.Equal("/ket-luan/#han-che-5", rows.Single(r => r[0] == "han-che-5")[5]);
        Assert.Equal("(5)", rows.Single(r => r[0] == "han-che-5")[3]);
    }

    [Theory]
    [InlineData("ket-qua", ItemKind.Result, 2)]
    [InlineData("han-che", ItemKind.Limitation, 6)]
    [InlineData("nhiem-vu", ItemKind.TaskGroup, 7)]
    public void Each_item_table_has_one_row_per_item_of_its_kind(string resource, ItemKind kind, int count)
    {
        var items = Seed.Value.Conclusion.Items.Where(i => i.Kind == kind).ToList();
        var rows = Rows(resource);

        Assert.Equal(count, rows.Count);
        Assert.Equal(items.Select(i => i.Id), rows.Select(r => r[0]));
        Assert.Equal(items.Select(i => i.Paragraph.Text), rows.Select(r => r[4]));
        Assert.All(rows, r => Assert.NotEqual("", r[2]));
    }

    [Fact]
    public void The_timeline_holds_exactly_the_years_the_text_names_each_quoted_from_its_paragraph()
    {
        var texts = Seed.Value.Conclusion.AllParagraphs().ToDictionary(p => p.Id, p => p.Text);
        var rows = Rows("moc-thoi-gian");

        var mentions = rows.Select(r => r.Skip(1).ToList()).ToList();

        Assert.Equal([2012, 2019, 2020, 2022, 2023, 2025, 2030, 2045, 2050], mentions.Select(r => int.Parse(r[0], System.Globalization.CultureInfo.InvariantCulture)).Distinct().Order());
        Assert.All(mentions, r => Assert.Contains(r[2], texts[r[3]], StringComparison.Ordinal));
        Assert.All(mentions, r => Assert.Contains(r[0], r[2], StringComparison.Ordinal));
        Assert.Contains(mentions, r => r[1] == "2012-01-03" && r[2] == "ngày 03/01/2012");
        Assert.Contains(mentions, r => r[1] == "2023-11-11" && r[2] == "Ngày 11/11/2023" && r[3] == "mo-dau");
        Assert.Contains(mentions, r => r[0] == "2050" && r[1] == "" && r[2] == "đến năm 2050");

        // "đến năm 2030" is named twice in one paragraph: two rows, told apart by their order.
        Assert.Equal(Enumerable.Range(1, rows.Count).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), rows.Select(r => r[0]));
    }

    [Theory]
    [InlineData("lien-ket-nhiem-vu-han-che", ItemKind.Limitation)]
    [InlineData("lien-ket-nhiem-vu-ket-qua", ItemKind.Result)]
    public void Each_link_table_holds_the_editorial_links_of_its_kind_each_quoting_both_sides_word_for_word(string resource, ItemKind kind)
    {
        var texts = Seed.Value.Conclusion.Items.ToDictionary(i => i.Id, i => i.Paragraph.Text);
        var links = Rows(resource);

        var expected = Seed.Value.TraceLinks.Where(l => l.TargetKind == kind).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Select(l => (l.TaskGroupId, l.TargetId)), links.Select(l => (l[0], l[1])));
        Assert.All(links, l => Assert.Contains(l[2], texts[l[0]], StringComparison.Ordinal));
        Assert.All(links, l => Assert.Contains(l[3], texts[l[1]], StringComparison.Ordinal));
    }

    [Fact]
    public void Every_limitation_of_the_seed_is_answered_by_at_least_one_task_group()
    {
        var answered = Rows("lien-ket-nhiem-vu-han-che").Select(l => l[1]).ToHashSet();

        var limitations = Seed.Value.Conclusion.Items.Where(i => i.Kind == ItemKind.Limitation).Select(i => i.Id);
        Assert.All(limitations, id => Assert.Contains(id, answered));
    }

    [Fact]
    public void The_tracker_says_for_every_task_group_that_no_progress_report_is_published()
    {
        var taskGroups = Seed.Value.Conclusion.Items.Where(i => i.Kind == ItemKind.TaskGroup).Select(i => i.Id).ToList();
        var rows = Rows("cap-nhat-thuc-hien");

        Assert.Equal(taskGroups, rows.Select(r => r[0]));
        Assert.All(rows, r => Assert.Equal("chua-co-bao-cao", r[2]));
        // Dated when the portal recorded it, sourced to the editors, never to the Conclusion (which cannot
        // say that no report followed it).
        var tracker = Seed.Value.Datasets.Single(d => d.Slug == "theo-doi-thuc-hien");
        Assert.All(rows, r => Assert.Equal(tracker.Issued, DateOnly.Parse(r[1], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.All(rows, r => Assert.Contains("trên cổng", r[5], StringComparison.Ordinal));
        Assert.All(rows, r => Assert.DoesNotContain("Kết luận", r[3], StringComparison.Ordinal));
    }

    [Fact]
    public void The_recipient_and_document_tables_match_the_text_and_the_registry()
    {
        Assert.Equal(Seed.Value.Conclusion.Recipients.Items.Select(r => r.Text), Rows("noi-nhan").Select(r => r[2]));
        var documents = Rows("van-ban");
        Assert.Equal(Seed.Value.Documents.Select(d => d.Slug), documents.Select(r => r[0]));
        Assert.Equal(Seed.Value.Documents.Select(d => d.Number), documents.Select(r => r[2]));
        Assert.Equal("2012-01-03", documents.Single(r => r[0] == "nghi-quyet-04-nq-tu")[3]);
    }
}
