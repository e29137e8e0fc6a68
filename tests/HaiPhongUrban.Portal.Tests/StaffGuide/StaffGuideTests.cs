namespace HaiPhongUrban.Portal.Tests.StaffGuide;

/// <summary>
/// The staff guide (content/pages/huong-dan.md, /huong-dan/) is checked like Markdig's spec: its
/// examples, applied to a copy of the real content as it tells staff to apply them, validate; its
/// commands are ones the CLI accepts; the messages it quotes and the output it shows are what validate
/// prints; the files and addresses it names exist. GuideChecksTests shows each check failing on a
/// guide broken that way. Every failure names the guide's line and what to fix.
/// </summary>
public sealed class StaffGuideTests
{
    private static readonly GuideText Guide = GuideText.Load();

    public static IEnumerable<object[]> SectionsWithExamples() =>
        GuideText.Load().Examples.Select(e => e.Section).Distinct().Select(s => new object[] { s });

    public static IEnumerable<object[]> CommandsShown() =>
        GuideCommands.Lines(GuideText.Load()).Select(l => GuideCommands.VerbOf(l.Text)).OfType<string>().Distinct().Select(v => new object[] { v });

    [Theory]
    [MemberData(nameof(SectionsWithExamples))]
    public void Examples_of_a_section_copied_into_the_content_as_the_guide_says_validate_with_no_new_problem(string section)
    {
        var examples = Guide.Examples.Where(e => e.Section == section).ToList();

        var problems = GuideChecks.ExampleProblems(examples, GuideChecks.NamesRecordCommand(Guide, section));

        Assert.True(problems.Count == 0, $"The examples of \"{section}\" (content/pages/huong-dan.md, lines {string.Join(", ", examples.Select(e => e.Line))}), " +
            $"copied into a copy of the content as the guide says, give:\n{string.Join('\n', problems)}\nCorrect the examples: staff who copy them must get a valid portal.");
    }

    [Fact]
    public void The_guide_shows_a_checked_example_of_each_change_it_explains()
    {
        var targets = Guide.Examples.Select(e => e.Target).ToList();

        Assert.Contains("content/datasets/theo-doi-thuc-hien/cap-nhat.csv", targets); // a tracker row
        Assert.Contains("content/cap-nhat.yml", targets);                             // an update
        Assert.Contains("content/_redirects", targets);                               // an address that moved
        Assert.Contains("content/site.yml", targets);                                 // site-wide metadata
        Assert.Contains(targets, t => t.StartsWith("content/pages/", StringComparison.Ordinal));  // a page's front matter
        Assert.Contains(targets, t => t.EndsWith("/dataset.yml", StringComparison.Ordinal) && !File.Exists(Path.Combine(Support.RepoPaths.Root, t))); // a new dataset
    }

    [Fact]
    public void Every_code_block_says_what_it_is_and_where_an_example_goes() =>
        AssertNone(GuideChecks.BlockProblems(Guide));

    [Fact]
    public void Quoted_files_still_hold_what_the_guide_quotes() =>
        AssertNone(GuideChecks.ExcerptProblems(Guide));

    [Theory]
    [MemberData(nameof(CommandsShown))]
    public void Commands_shown_and_their_options_are_accepted_by_the_portal(string verb) =>
        AssertNone(GuideCommands.Problems(Guide, PortalCommands.Verbs, verb));

    [Fact]
    public void Every_command_line_is_the_portals_or_gits_and_every_option_named_exists() =>
        AssertNone(GuideCommands.OtherProblems(Guide, PortalCommands.Verbs));

    [Fact]
    public void Quoted_messages_are_messages_of_validate_with_the_severity_it_gives_them()
    {
        Assert.True(Guide.Spans.Count(s => s.Text.StartsWith("error: ", StringComparison.Ordinal)) >= 10, "the guide explains the common messages, quoting them as `error: …`");
        AssertNone(GuideChecks.QuoteProblems(Guide));
    }

    [Fact]
    public void Output_shown_is_what_validate_prints()
    {
        Assert.Contains(Guide.Blocks, b => b.Language == "console");
        AssertNone(GuideChecks.ConsoleProblems(Guide));
    }

    [Fact]
    public void Repository_paths_named_exist() =>
        AssertNone(GuideChecks.PathProblems(Guide));

    [Fact]
    public void Portal_addresses_named_are_published() =>
        AssertNone(GuideChecks.AddressProblems(Guide));

    [Fact]
    public void The_list_at_the_top_links_every_section_in_order() =>
        AssertNone(GuideChecks.ContentsProblems(Guide));

    private static void AssertNone(IEnumerable<string> problems)
    {
        var list = problems.ToList();
        Assert.True(list.Count == 0, string.Join('\n', list));
    }
}
