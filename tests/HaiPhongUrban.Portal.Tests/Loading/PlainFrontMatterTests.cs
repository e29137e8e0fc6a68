using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Kernel.Markdown;
using HaiPhongUrban.Portal.Sections.Pages.Loading;

namespace HaiPhongUrban.Portal.Tests.Loading;

/// <summary>
/// The front matter read without the YAML parser gives exactly what the YAML reading gives (title, description,
/// layout and where it is written, the date), or nothing and the YAML reading takes over; each sample is read
/// both ways. Every page of the seed content is read the plain way, so the shortcut is taken in practice.
/// </summary>
public sealed class PlainFrontMatterTests
{
    public static TheoryData<string, bool> Samples => new()
    {
        { "title: Giới thiệu và nguồn gốc\ndescription: Cổng này là gì, văn bản được lấy từ đâu.\nlayout: about", true },
        { "title: \"Nhà biển bạch tăng đầu ngày 42\"\ndescription: \"Tài gia: khí # chính.\"", true },
        { "title: 'Quy hoạch \"chung\"'\nupdated: 2026-03-01", true },
        { "title: Trang\r\nlayout: page\r", true },
        { "layout: \"page\"\ntitle: a \"b\" c [d] {e}, f & g * h ! i | j > k % l @ m ` n", true },
        { "title: null\ndescription: x~", true },
        { "title: x\ndescription: ~", false },
        { "title: Có: dấu hai chấm", false },
        { "title: a # bình luận", false },
        { "title: \"có \\\" thoát\"", false },
        { "title: 'it''s'", false },
        { "title: x\ntitle: y", false },
        { "title: x\ntitel: y", false },
        { "title: x\n# bình luận", false },
        { "title: x\n\ndescription: y", false },
        { "title: x\nupdated: 2026-02-30", false },
        { "title: x\nupdated: '2026-02-03'", true },
        { "description: không có tiêu đề", false },
        { "title: \"\"", false },
        { "title:  hai khoảng", false },
        { "title: dấu cách cuối ", false },
        { "title: có\ttab", false },
        { "title: - gạch", false },
        { "title: [a, b]", false },
        { "title: &a x", false },
        { "title: !tag x", false },
        { "title: |", false },
        { "title: x\n  description: y", false },
        { "title: x\u2028y", false },
        { "title:", false },
        { "", false },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void It_reads_what_the_yaml_reading_reads_or_leaves_it_to_yaml(string frontMatter, bool plain)
    {
        var text = $"---\n{frontMatter}\n---\n# Nội dung\n";
        var lines = text.Split('\n');
        var closing = Array.FindIndex(lines, 1, l => l.TrimEnd('\r') == "---");

        Assert.Equal(plain, PlainFrontMatter.Read("p.md", lines, closing) is not null);

        var fast = new DiagnosticBag();
        var yaml = new DiagnosticBag();
        var fromPlain = LoadPages.Parse("p.md", text, fast);
        var fromYaml = LoadPages.Parse("p.md", text, yaml, plainFrontMatter: false);
        Assert.Equal(yaml.Sorted().Select(d => (d.Location, d.Message.Code)), fast.Sorted().Select(d => (d.Location, d.Message.Code)));
        Assert.Equal(fromYaml is null, fromPlain is null);
        if (fromYaml is not null && fromPlain is not null)
        {
            Assert.Equal(
                (fromYaml.Title, fromYaml.Description, fromYaml.Layout, fromYaml.Updated, fromYaml.BodyLineOffset),
                (fromPlain.Title, fromPlain.Description, fromPlain.Layout, fromPlain.Updated, fromPlain.BodyLineOffset));
        }
    }

    [Fact]
    public void Every_page_of_the_seed_is_read_the_plain_way_and_as_yaml_would()
    {
        var files = Directory.GetFiles(Path.Combine(Support.RepoPaths.Root, "content", "pages"), "*.md");
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var lines = text.Split('\n');
            var closing = Array.FindIndex(lines, 1, l => l.TrimEnd('\r') == "---");
            Assert.True(PlainFrontMatter.Read(file, lines, closing) is not null, file);
            var fromPlain = LoadPages.Parse(file, text, new DiagnosticBag())!;
            var fromYaml = LoadPages.Parse(file, text, new DiagnosticBag(), plainFrontMatter: false)!;
            Assert.Equal((fromYaml.Title, fromYaml.Description, fromYaml.Layout, fromYaml.Updated), (fromPlain.Title, fromPlain.Description, fromPlain.Layout, fromPlain.Updated));
        }
    }

    [Theory]
    [InlineData("---\ntitle: x\n---\n# Nội dung\n\nđoạn [liên kết](/a/)\n")]
    [InlineData("---\r\ntitle: x\r\n---\r\nthân\r\n")]
    [InlineData("---\ntitle: x\n---")]
    [InlineData("---\ntitle: x\n---\n")]
    [InlineData("---\ntitle: x\n--- \nkhông đóng\n---\nthân")]
    [InlineData("---\ntitle: x\n---\r\r\nthân\n---\nvẫn là thân")]
    [InlineData("---")]
    [InlineData("---\n")]
    [InlineData("---\ntitle: x\n")]
    [InlineData("\n---\ntitle: x\n---\n")]
    [InlineData("--- \ntitle: x\n---\n")]
    [InlineData("")]
    public void The_body_starts_where_cutting_the_file_into_lines_would_start_it(string text)
    {
        // The reading it replaced: the file cut into lines, the closing line found, the rest joined again.
        var lines = text.Split('\n');
        var closing = Array.FindIndex(lines, 1, l => l.TrimEnd('\r') == "---");
        var opens = lines[0].TrimEnd('\r') == "---" && closing >= 0;

        var diagnostics = new DiagnosticBag();
        var page = LoadPages.Parse("p.md", text, diagnostics);

        Assert.Equal(opens, diagnostics.Sorted().All(d => d.Message != Messages.FrontMatterMissing));
        Assert.True(opens || page is null);
        if (page is not null)
        {
            Assert.Equal(closing + 1, page.BodyLineOffset);
            var expected = ParsedMarkdown.Of(string.Join('\n', lines[(closing + 1)..]));
            Assert.Equal(expected.Html, page.Body.Html);
            Assert.Equal(expected.Links, page.Body.Links);
        }
    }
}
