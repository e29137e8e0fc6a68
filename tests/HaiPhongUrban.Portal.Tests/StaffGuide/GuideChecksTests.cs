namespace HaiPhongUrban.Portal.Tests.StaffGuide;

/// <summary>
/// Each check of the staff guide finds what it is for in a guide broken that way (and lets the right
/// form pass), so that StaffGuideTests passing means something.
/// </summary>
public sealed class GuideChecksTests
{
    private const string Fence = "```";

    [Fact]
    public void An_example_that_breaks_the_content_is_reported_with_validates_own_message()
    {
        var guide = GuideText.Parse($"## Mục\n\n{Fence}csv content/datasets/theo-doi-thuc-hien/cap-nhat.csv\nnhiem-vu-9,2027-02-30,dang-thuc-hien,Báo cáo,,\n{Fence}\n");

        var problems = GuideChecks.ExampleProblems(guide.Examples.ToList());

        Assert.Contains(problems, p => p.StartsWith("content/datasets/theo-doi-thuc-hien/cap-nhat.csv:9:1: error: The column 'task_group_id' has the value 'nhiem-vu-9'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("content/datasets/theo-doi-thuc-hien/cap-nhat.csv:9:12: error: The column 'date' has the value '2027-02-30'", StringComparison.Ordinal));
    }

    [Fact]
    public void An_example_that_adds_a_warning_is_reported_but_the_warnings_of_the_unchanged_content_are_not()
    {
        var decomposed = "Ghi chú".Normalize(System.Text.NormalizationForm.FormD);
        var guide = GuideText.Parse($"## Mục\n\n{Fence}csv content/datasets/theo-doi-thuc-hien/cap-nhat.csv\nnhiem-vu-3,2026-11-26,chua-co-bao-cao,Nguồn,,{decomposed}\n{Fence}\n");

        var problems = GuideChecks.ExampleProblems(guide.Examples.ToList());

        var problem = Assert.Single(problems); // not the three warnings site.yml gives already
        Assert.StartsWith("content/datasets/theo-doi-thuc-hien/cap-nhat.csv:9:", problem, StringComparison.Ordinal);
        Assert.Contains(": warning: The text from this line on (1 line(s)) is in decomposed Unicode", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_example_that_adds_pages_must_come_with_the_command_that_records_their_addresses()
    {
        var recipe = $"## Mục\n\n{Fence}markdown content/pages/trang-moi.md\n---\ntitle: Trang mới\ndescription: Một trang thử.\nlayout: page\n---\n\nNội dung.\n{Fence}\n";
        var silent = GuideText.Parse(recipe);
        var telling = GuideText.Parse(recipe + $"\nGhi địa chỉ mới bằng `{PortalCommands.Prefix}record-urls`.\n");

        var problem = Assert.Single(GuideChecks.ExampleProblems(silent.Examples.ToList(), GuideChecks.NamesRecordCommand(silent, "Mục")));
        Assert.StartsWith("the examples publish new addresses (/trang-moi/), which become promises", problem, StringComparison.Ordinal);
        Assert.Empty(GuideChecks.ExampleProblems(telling.Examples.ToList(), GuideChecks.NamesRecordCommand(telling, "Mục")));
    }

    [Theory]
    [InlineData("```\nx\n```", "say what the block is")]
    [InlineData("```yaml\na: 1\n```", "name the file this example goes into")]
    [InlineData("```yaml src/site.yml\na: 1\n```", "an example goes into content/")]
    [InlineData("```sh content/site.yml\nls\n```", "goes into no file")]
    [InlineData("```yaml content/site.yml ví dụ\na: 1\n```", "says more than")]
    public void A_block_that_does_not_say_what_it_is_is_reported(string block, string expected) =>
        Assert.Contains(expected, Assert.Single(GuideChecks.BlockProblems(GuideText.Parse(block))), StringComparison.Ordinal);

    [Fact]
    public void A_quote_of_a_file_that_no_longer_holds_it_is_reported_and_a_true_one_is_not()
    {
        var stale = GuideText.Parse($"{Fence}yaml content/chu-de.yml trích\n- id: khong-co-chu-de-nay\n{Fence}\n");
        var true_ = GuideText.Parse($"{Fence}yaml content/chu-de.yml trích\n- id: quy-hoach\n{Fence}\n");

        Assert.Contains("is not in that file any more", Assert.Single(GuideChecks.ExcerptProblems(stale)), StringComparison.Ordinal);
        Assert.Empty(GuideChecks.ExcerptProblems(true_));
    }

    [Theory]
    [InlineData("`error: Thiếu trường bắt buộc '…'. Hãy thêm dòng '…: ...'.`", null)]
    [InlineData("`error: Cột 'date' có giá trị '2027-02-30', nhưng cột này cần một ngày có thật viết năm-tháng-ngày, ví dụ 2023-11-11.`", null)]
    [InlineData("`warning: Chưa điền 'base_url' trong site.yml, nên …`", null)]
    [InlineData("`error: The required field '…' is missing. Add a line '…: ...'.`", null)]
    [InlineData("`error: Thiếu trường bắt buột '…'. Hãy thêm dòng '…: ...'.`", "is not a message of")]
    [InlineData("`error: Thiếu trường '…'.`", "is not a message of")]
    [InlineData("`error: Tệp …`", "too short")]
    [InlineData("`warning: Tệp trống. Hãy điền nội dung hoặc xoá tệp.`", "is never a warning")]
    [InlineData("`error: Chưa điền 'base_url' trong site.yml, nên …`", "is never an error")]
    public void A_quoted_message_must_be_a_wording_of_Messages_cs_with_its_severity(string span, string? expected)
    {
        var problems = GuideChecks.QuoteProblems(GuideText.Parse(span)).ToList();

        if (expected is null)
        {
            Assert.Empty(problems);
        }
        else
        {
            Assert.Contains(expected, Assert.Single(problems), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("content/site.yml:15:3: warning: Chưa điền 'publisher.name' trong site.yml, nên trang giới thiệu ghi là chưa nêu đơn vị xuất bản, và data.json, catalog.jsonld thiếu trường bắt buộc 'publisher'. Hãy điền tên thật khi đã có.\n0 lỗi, 1 cảnh báo.", null)]
    [InlineData("content/chu-de.yml:1:1: error: Tệp trống. Hãy điền nội dung hoặc xoá tệp.\n1 lỗi, 0 cảnh báo.\nKhông ghi gì; thư mục xuất cũ vẫn giữ nguyên.", null)]
    [InlineData("content/chu-de.yml:1:1: error: Tệp trống. Hãy điền nội dung hoặc xoá tệp.\n1 lỗi, 0 cảnh báo.", "validate prints")]
    [InlineData("content/chu-de.yml:1:1: error: Tệp trống. Hãy điền nội dung hoặc xoá tệp.\n0 lỗi, 1 cảnh báo.\nKhông ghi gì; thư mục xuất cũ vẫn giữ nguyên.", "validate prints")]
    [InlineData("content/khong-co.yml:1:1: error: Tệp trống. Hãy điền nội dung hoặc xoá tệp.\n1 lỗi, 0 cảnh báo.\nKhông ghi gì; thư mục xuất cũ vẫn giữ nguyên.", "not a file of the repository")]
    [InlineData("content/chu-de.yml:1:1: error: Tệp này trống rỗng hoàn toàn.\n1 lỗi, 0 cảnh báo.\nKhông ghi gì; thư mục xuất cũ vẫn giữ nguyên.", "is not a message of")]
    public void Output_shown_must_be_what_validate_prints(string output, string? expected)
    {
        var problems = GuideChecks.ConsoleProblems(GuideText.Parse($"{Fence}console\n{output}\n{Fence}\n")).ToList();

        if (expected is null)
        {
            Assert.Empty(problems);
        }
        else
        {
            Assert.Contains(expected, Assert.Single(problems), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_path_or_address_that_does_not_exist_is_reported_and_placeholders_and_new_files_are_not()
    {
        var guide = GuideText.Parse(
            "`content/khong-co.yml`, `content/datasets/<tên>/dataset.yml`, `content/datasets/moi/`, `content/chu-de.yml`, " +
            $"`/khong-co/`, `/theo-doi/`, `/ket-luan/#mo-dau`, `/du-lieu/<tên>/`\n\n{Fence}csv content/datasets/moi/a.csv\na\n{Fence}\n");

        Assert.Contains("content/khong-co.yml does not exist", Assert.Single(GuideChecks.PathProblems(guide)), StringComparison.Ordinal);
        Assert.Contains("/khong-co/ is not an address", Assert.Single(GuideChecks.AddressProblems(guide)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_section_missing_from_the_list_at_the_top_is_reported()
    {
        const string page = "- [Một](#mot)\n\n## Một\n\n## Hai\n";

        Assert.Contains("#hai", Assert.Single(GuideChecks.ContentsProblems(GuideText.Parse(page))), StringComparison.Ordinal);
        Assert.Empty(GuideChecks.ContentsProblems(GuideText.Parse("- [Một](#mot)\n- [Hai](#hai)\n\n## Một\n\n## Hai\n")));
    }

    [Theory]
    [InlineData("validate", "validate --lang en", null)]
    [InlineData("validate", "validate --output x", "'validate' has no option '--output'")]
    [InlineData("validate", "validate --lang fr", "takes one of en, vi, not 'fr'")]
    [InlineData("validate", "validate thu", "'thu' is neither an argument, an option nor the value of one")]
    [InlineData("import-plan", "import-plan ho-so.xlsx --boundary ranh-gioi.geojson", null)]
    [InlineData("import-plan", "import-plan ho-so.xlsx thua.xlsx", "'thua.xlsx' is neither an argument, an option nor the value of one")]
    [InlineData("buidl", "buidl", "the portal has no command 'buidl'")]
    public void A_command_the_portal_does_not_accept_is_reported(string verb, string command, string? expected)
    {
        var guide = GuideText.Parse($"## Mục\n\n{Fence}sh\n{PortalCommands.Prefix}{command}\n{Fence}\n");

        var problems = GuideCommands.Problems(guide, PortalCommands.Verbs, verb).ToList();

        if (expected is null)
        {
            Assert.Empty(problems);
        }
        else
        {
            Assert.Contains(expected, Assert.Single(problems), StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// The guide describes <c>serve</c> as it is being built (port, folders, language); until the CLI has it,
    /// StaffGuideTests' serve case fails on the missing command alone, which this shows.
    /// </summary>
    [Fact]
    public void With_serve_as_designed_the_guides_serve_commands_and_options_pass()
    {
        var serve = new Dictionary<string, PortalCommands.Option>(StringComparer.Ordinal)
        {
            ["--port"] = new(true, []),
            ["--content"] = new(true, []),
            ["--theme"] = new(true, []),
            ["--output"] = new(true, []),
            ["--lang"] = new(true, ["en", "vi"]),
            ["--help"] = new(false, []),
        };
        var verbs = PortalCommands.Verbs.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);
        verbs["serve"] = serve;

        Assert.Empty(GuideCommands.Problems(GuideText.Load(), verbs, "serve"));
        Assert.Empty(GuideCommands.OtherProblems(GuideText.Load(), verbs));
    }

    [Fact]
    public void An_option_named_in_a_section_is_held_to_that_sections_command_and_elsewhere_to_any()
    {
        var guide = GuideText.Parse(
            $"## Kiểm tra\n\n{Fence}sh\n{PortalCommands.Prefix}validate\n{Fence}\n\n`--output`, `--lang en`\n\n" +
            $"## Khác\n\n`--output`, `--mau xanh`\n\n{Fence}sh\nnpm test\ngit status\n{Fence}\n");

        Assert.Contains("`--output` in a section that runs 'validate'", Assert.Single(GuideCommands.Problems(guide, PortalCommands.Verbs, "validate")), StringComparison.Ordinal);
        Assert.Equal(2, GuideCommands.OtherProblems(guide, PortalCommands.Verbs).Count());
        Assert.Contains(GuideCommands.OtherProblems(guide, PortalCommands.Verbs), p => p.Contains("`npm test` is neither", StringComparison.Ordinal));
        Assert.Contains(GuideCommands.OtherProblems(guide, PortalCommands.Verbs), p => p.Contains("`--mau xanh` is not an option", StringComparison.Ordinal));
    }
}
