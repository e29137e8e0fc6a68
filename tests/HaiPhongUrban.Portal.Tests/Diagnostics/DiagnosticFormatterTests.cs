using HaiPhongUrban.Portal.Kernel.Diagnostics;

namespace HaiPhongUrban.Portal.Tests.Diagnostics;

public sealed class DiagnosticFormatterTests
{
    private static readonly Diagnostic Missing = new(
        Severity.Error, new SourceLocation("/repo/content/van-ban.yml", 12, 3), Messages.FieldMissing, ["date"]);

    [Theory]
    [InlineData(UiLanguage.Vietnamese, "content/van-ban.yml:12:3: error: Thiếu trường bắt buộc 'date'. Hãy thêm dòng 'date: ...'.")]
    [InlineData(UiLanguage.English, "content/van-ban.yml:12:3: error: The required field 'date' is missing. Add a line 'date: ...'.")]
    public void Formats_like_a_compiler_relative_to_the_working_directory(UiLanguage language, string expected) =>
        Assert.Equal(expected, DiagnosticFormatter.Format(Missing, language, "/repo"));

    [Fact]
    public void Every_message_has_both_languages_and_distinct_codes()
    {
        // The kernel's messages and every section's own: codes are unique across all of them.
        var messages = StaffGuide.MessageWordings.All.Select(m => m.Message).ToList();

        Assert.All(messages, m => Assert.False(string.IsNullOrWhiteSpace(m.Vietnamese) || string.IsNullOrWhiteSpace(m.English), m.Code));
        Assert.Equal(messages.Count, messages.Select(m => m.Code).Distinct().Count());
        Assert.True(messages.Count > 30);
    }

    [Fact]
    public void Problems_are_listed_in_a_stable_order_whatever_order_they_were_found_in()
    {
        var bag = new DiagnosticBag();
        bag.Error(new SourceLocation("/b.yml", 1, 1), Messages.FileEmpty);
        bag.Warning(new SourceLocation("/a.yml", 9, 1), Messages.BaseUrlNotFilled);
        bag.Error(new SourceLocation("/a.yml", 2, 5), Messages.FileEmpty);

        Assert.Equal(["/a.yml:2", "/a.yml:9", "/b.yml:1"], bag.Sorted().Select(d => $"{d.Location.FilePath}:{d.Location.Line}"));
    }
}
