using HaiPhongUrban.Portal.Cli;
using HaiPhongUrban.Portal.Building;
using HaiPhongUrban.Portal.Kernel.Diagnostics;

namespace HaiPhongUrban.Portal.Tests.Cli;

public sealed class StageWordingTests
{
    [Theory]
    [InlineData(BuildStage.Load, 0, 8, UiLanguage.Vietnamese, "[1/8] Đọc nội dung và giao diện…")]
    [InlineData(BuildStage.Load, 0, 8, UiLanguage.English, "[1/8] Reading content and theme…")]
    [InlineData(BuildStage.RenderPages, 75, 8, UiLanguage.Vietnamese, "[6/8] Dựng trang… 75 trang")]
    [InlineData(BuildStage.RenderPages, 75, 7, UiLanguage.English, "[6/7] Rendering pages… 75 pages")]
    [InlineData(BuildStage.RenderPages, 1, 7, UiLanguage.English, "[6/7] Rendering pages… 1 page")]
    [InlineData(BuildStage.RenderPages, 0, 7, UiLanguage.English, "[6/7] Rendering pages…")]
    [InlineData(BuildStage.Write, 0, 8, UiLanguage.Vietnamese, "[8/8] Ghi vào thư mục xuất…")]
    public void A_starting_stage_reads_as_one_line(BuildStage stage, int total, int stageCount, UiLanguage language, string expected)
    {
        Assert.Equal(expected, StageWording.StartLine(BuildProgress.Started(stage, total), stageCount, language));
    }

    [Fact]
    public void Every_stage_is_named_in_both_languages_and_no_two_alike()
    {
        foreach (var language in Enum.GetValues<UiLanguage>())
        {
            var names = Enum.GetValues<BuildStage>().Select(stage => StageWording.Name(stage, language)).ToList();
            Assert.All(names, name => Assert.False(string.IsNullOrWhiteSpace(name)));
            Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        }
    }
}
