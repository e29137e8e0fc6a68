using HaiPhongUrban.Portal.Tests.Support;

namespace HaiPhongUrban.Portal.Tests.Validation;

/// <summary>
/// Each broken fixture (tests/fixtures/broken/&lt;case&gt;/) laid over the real content must stop the
/// run with the exact <c>path:line:column: error:</c> of the problem and write nothing.
/// </summary>
public sealed class BrokenContentTests
{
    [Theory]
    [InlineData("malformed-yaml", "content/van-ban.yml:9:10: error: There is a colon and space", "in double quotes")]
    [InlineData("missing-field", "content/ket-luan/dinh-chinh.yml:9:5: error: The required field 'corrected' is missing", "corrected")]
    [InlineData("unknown-id", "content/ket-luan/bien-tap.yml:31:7: error: There is no paragraph with the id 'han-che-9'", "ket-luan.yml")]
    [InlineData("duplicate-id", "content/chu-de.yml:20:7: error: The id 'quy-hoach' is used twice (first at content/chu-de.yml:4:7)", "rename")]
    [InlineData("not-utf8", "content/pages/gioi-thieu.md:2:", "not valid UTF-8")]
    [InlineData("unsafe-link", "content/pages/lien-he.md:7:5: error: The link 'javascript:alert(1)'", "scheme")]
    [InlineData("wording-line-break", "content/ket-luan/ket-luan.yml:26:9: error: The wording of 'mo-dau' has a blank line", "blank line")]
    [InlineData("broken-link", "content/pages/lien-he.md:5:", "/khong-co/")]
    [InlineData("overlapping-correction", "content/ket-luan/dinh-chinh.yml:19:5: error: Correction 'dinh-chinh-9' overlaps correction 'dinh-chinh-1'", "merge")]
    [InlineData("empty-title", "content/ket-luan/ket-luan.yml:11:1: error: The required field 'title' is empty", "Fill it in")]
    [InlineData("theme-unknown-partial", "theme/layouts/document.liquid:1:1: error: This template failed while rendering /van-ban/", "khong-co")]
    [InlineData("theme-missing-string", "theme/layouts/not-found.liquid:4:", "'not_found.leed'")]
    [InlineData("theme-reserved-string-name", "theme/layouts/not-found.liquid:4:", "'datasets.size' ends in a name Liquid reserves")]
    [InlineData("theme-syntax-error", "theme/partials/paragraph-ref.liquid:4:", "syntax error")]
    public void Broken_fixture_is_reported_at_its_place_and_nothing_is_written(string brokenCase, string expectedStart, string expectedWords)
    {
        using var workspace = Workspace.Create(brokenCase);

        var result = Runs.Build(workspace);
        var errors = Runs.Errors(result, workspace.Root);

        Assert.False(result.Succeeded);
        Assert.Contains(errors, e => e.StartsWith(expectedStart, StringComparison.Ordinal) && e.Contains(expectedWords, StringComparison.Ordinal));
        Assert.False(Directory.Exists(workspace.Output), "a failed build must not create the output folder");
        Assert.Empty(Directory.GetDirectories(workspace.Root, ".output.staging-*"));
    }

    [Fact]
    public void Broken_anchor_is_reported_with_the_missing_anchor()
    {
        using var workspace = Workspace.Create("broken-link");

        var errors = Runs.Errors(Runs.Build(workspace), workspace.Root);

        Assert.Contains(errors, e => e.StartsWith("content/pages/lien-he.md:6:", StringComparison.Ordinal) && e.Contains("no anchor '#han-che-99'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_conclusion_that_cannot_be_read_is_reported_once_without_follow_on_errors()
    {
        using var workspace = Workspace.Create("conclusion-not-a-mapping");

        var errors = Runs.Errors(Runs.Build(workspace), workspace.Root);

        var error = Assert.Single(errors);
        Assert.StartsWith("content/ket-luan/ket-luan.yml:1:1: error:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_is_reported_in_one_run()
    {
        using var workspace = Workspace.Create("unknown-id");
        File.Copy(Path.Combine(RepoPaths.Fixtures, "broken", "duplicate-id", "chu-de.yml"), workspace.ContentFile("chu-de.yml"), overwrite: true);

        var errors = Runs.Errors(Runs.Build(workspace, write: false), workspace.Root);

        Assert.Contains(errors, e => e.Contains("han-che-9", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("'quy-hoach' is used twice", StringComparison.Ordinal));
    }

    [Fact]
    public void Seed_content_has_no_error_and_warns_only_about_settings_not_filled_in()
    {
        using var workspace = Workspace.Create();

        var result = Runs.Build(workspace, write: false);

        Assert.True(result.Succeeded, string.Join('\n', Runs.Errors(result, workspace.Root)));
        Assert.All(result.Diagnostics, d => Assert.EndsWith("-not-filled", d.Message.Code, StringComparison.Ordinal));
    }
}
