using HaiPhongUrban.Portal.Tests.Support;

namespace HaiPhongUrban.Portal.Tests.Validation;

/// <summary>
/// An editorial link can only claim what the wording says: unknown or wrong-kind ids and quotes that
/// are not the text's own words are errors at their line, and a limitation nobody answers is a warning.
/// </summary>
public sealed class ValidateTraceLinksTests
{
    private const string File = "content/ket-luan/lien-ket.yml";

    [Fact]
    public void Every_bad_link_is_reported_at_its_line_with_what_to_do_and_nothing_is_written()
    {
        using var workspace = Workspace.Create("bad-trace-links");

        var result = Runs.Build(workspace);
        var messages = result.Diagnostics.Select(d => Portal.Kernel.Diagnostics.DiagnosticFormatter.Format(d, Portal.Kernel.Diagnostics.UiLanguage.English, workspace.Root)).ToList();

        Assert.Contains(messages, m => m.StartsWith($"{File}:6:9: error: 'nhiem-vu-9' is not a task group. Write 'task' as one of: nhiem-vu-1, nhiem-vu-2", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith($"{File}:10:9: error: 'han-che-1' is not a task group.", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith($"{File}:15:12: error: 'ket-qua-1' is not a limitation. Write 'answers' as one of: han-che-1, han-che-2", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith($"{File}:18:3: error: Each link needs exactly one of 'answers' (a limitation id) or 'builds_on' (a result id).", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith($"{File}:26:17: error: The words 'xây dựng trái phép' are not in the wording of 'han-che-2'. Copy them exactly", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith($"{File}:29:15: error: The words 'nâng cấp hạ tầng xã hội' are not in the wording of 'nhiem-vu-5'.", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith($"{File}:39:3: error: The link from 'nhiem-vu-2' to 'han-che-1' is already at line 2. Remove one of them.", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith($"{File}:1:1: warning: No task group is recorded as answering the limitation 'han-che-5'", StringComparison.Ordinal));
        Assert.Equal(7, result.Diagnostics.Count(d => d.Severity == Portal.Kernel.Diagnostics.Severity.Error));
        Assert.False(Directory.Exists(workspace.Output));
    }

    [Fact]
    public void The_seed_links_are_valid_and_leave_no_limitation_unanswered()
    {
        using var workspace = Workspace.Create();

        var result = Runs.Build(workspace, write: false);

        Assert.DoesNotContain(result.Diagnostics, d => d.Location.FilePath.EndsWith("lien-ket.yml", StringComparison.Ordinal));
    }
}
