using HaiPhongUrban.Portal.Building;
using HaiPhongUrban.Portal.Kernel.Diagnostics;

namespace HaiPhongUrban.Portal.Cli;

/// <summary>
/// The words of the progress display, in both languages like every message: each stage's name and the
/// page count of the render stage. The plain lines and the terminal display both take them from here,
/// so a log and a terminal say the same thing.
/// </summary>
public static class StageWording
{
    private static readonly IReadOnlyDictionary<BuildStage, Message> Names = new Dictionary<BuildStage, Message>
    {
        [BuildStage.Load] = new("stage-load", "Đọc nội dung và giao diện", "Reading content and theme"),
        [BuildStage.Validate] = new("stage-validate", "Kiểm tra nội dung", "Checking content"),
        [BuildStage.Model] = new("stage-model", "Lập mô hình cổng, kiểm tra bảng dữ liệu", "Modelling the portal, checking data tables"),
        [BuildStage.SearchIndex] = new("stage-search-index", "Lập chỉ mục tìm kiếm", "Building the search index"),
        [BuildStage.PublishData] = new("stage-publish-data", "Xuất bản dữ liệu", "Publishing data"),
        [BuildStage.RenderPages] = new("stage-render-pages", "Dựng trang", "Rendering pages"),
        [BuildStage.CheckLinks] = new("stage-check-links", "Kiểm tra liên kết", "Checking links"),
        [BuildStage.Write] = new("stage-write", "Ghi vào thư mục xuất", "Writing the output folder"),
    };

    private static readonly Message Pages = new("stage-pages", "{0} trang", "{0} pages");
    private static readonly Message OnePage = new("stage-one-page", "{0} trang", "{0} page");

    public static string Name(BuildStage stage, UiLanguage language) => Names[stage].Format(language, []);

    /// <summary>The stage with its place in the run, e.g. <c>[6/8] Dựng trang</c>.</summary>
    public static string Numbered(BuildStage stage, int stageCount, UiLanguage language) =>
        $"[{(int)stage}/{stageCount}] {Name(stage, language)}";

    /// <summary>How many pages, e.g. <c>75 trang</c>, <c>75 pages</c>, <c>1 page</c>.</summary>
    public static string PageCount(int count, UiLanguage language) =>
        (count == 1 ? OnePage : Pages).Format(language, [count.ToString(System.Globalization.CultureInfo.InvariantCulture)]);

    /// <summary>
    /// The plain line of a stage that starts: <c>[6/8] Dựng trang… 75 trang</c>, or without a count
    /// for a stage that has nothing to count. No time: a log shows its own, and the same run prints the
    /// same lines.
    /// </summary>
    public static string StartLine(BuildProgress started, int stageCount, UiLanguage language) =>
        Numbered(started.Stage, stageCount, language) + "…" + (started.Total > 0 ? " " + PageCount(started.Total, language) : string.Empty);
}
