using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Tests.Support;

namespace HaiPhongUrban.Portal.Tests.Validation;

/// <summary>
/// A broken cap-nhat.yml (tests/fixtures/broken/update-*/) laid over the real content stops the run with
/// the exact <c>path:line:column: error:</c> of each problem and writes nothing. Addresses are checked by
/// the link check once the site is rendered; everything else before anything is built.
/// </summary>
public sealed class ValidateUpdatesTests
{
    [Theory]
    [InlineData("update-unknown-url", "content/cap-nhat.yml:13:7: error: The link '/van-ban/khong-co-van-ban-nay/' on the page /cap-nhat/ leads to no page")]
    [InlineData("update-broken-anchor", "content/cap-nhat.yml:11:8: error: The link '/ket-luan/#han-che-99' on the page /cap-nhat/: the target page exists but has no anchor '#han-che-99'")]
    [InlineData("update-after-dataset-modified", "content/cap-nhat.yml:11:8: error: The update 'them-noi-nhan' of 2026-12-01 says the dataset 'noi-nhan' changed, but that dataset's 'modified' is 2026-11-25")]
    [InlineData("update-empty", "content/cap-nhat.yml:2:1: error: cap-nhat.yml has no entry")]
    public void A_broken_update_is_reported_at_its_place_and_nothing_is_written(string brokenCase, string expectedStart)
    {
        using var workspace = Workspace.Create(brokenCase);

        var result = Runs.Build(workspace);
        var errors = Runs.Errors(result, workspace.Root);

        Assert.False(result.Succeeded);
        Assert.Contains(errors, e => e.StartsWith(expectedStart, StringComparison.Ordinal));
        Assert.False(Directory.Exists(workspace.Output), "a failed build must not create the output folder");
    }

    [Fact]
    public void Every_problem_of_the_file_is_reported_in_one_run()
    {
        using var workspace = Workspace.Create("update-several-problems");

        var result = Runs.Build(workspace);
        var errors = Runs.Errors(result, workspace.Root);

        string[] expected =
        [
            "content/cap-nhat.yml:8:9: error: The date '2026-02-30' is not valid",
            "content/cap-nhat.yml:12:3: error: The required field 'summary' is missing",
            "content/cap-nhat.yml:16:7: error: The id 'cong-bo' is used twice (first at content/cap-nhat.yml:2:7)",
            "content/cap-nhat.yml:23:3: error: The field 'tieu_de' is not used here",
            "content/cap-nhat.yml:31:8: error: The address 'https://example.org/ket-luan/' in 'url' must be an address on the portal",
            "content/cap-nhat.yml:34:10: error: The field 'title' holds a control character (code 0001)",
        ];
        Assert.All(expected, start => Assert.Contains(errors, e => e.StartsWith(start, StringComparison.Ordinal)));
        Assert.Equal(expected.Length, errors.Count);
        Assert.False(Directory.Exists(workspace.Output));
    }

    [Fact]
    public void Staff_read_the_problem_in_vietnamese_by_default()
    {
        using var workspace = Workspace.Create("update-several-problems");

        var result = Runs.Build(workspace, write: false);
        var messages = result.Diagnostics.Select(d => DiagnosticFormatter.Format(d, UiLanguage.Vietnamese, workspace.Root)).ToList();

        Assert.Contains(messages, m => m.StartsWith("content/cap-nhat.yml:31:8: error: Địa chỉ 'https://example.org/ket-luan/' ở trường 'url' phải là một địa chỉ trong cổng", StringComparison.Ordinal));
    }
}
