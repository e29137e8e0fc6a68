using HaiPhongUrban.Portal.Cli;
using HaiPhongUrban.Portal.Tests.Support;
using System.Text.RegularExpressions;

namespace HaiPhongUrban.Portal.Tests.Cli;

/// <summary>
/// Progress as CI and the Netlify log see it (output redirected, no terminal given): one line per stage
/// on stdout, in order, in the chosen language, the closing line still last, problems still on stderr.
/// </summary>
public sealed partial class PlainProgressTests
{
    private static (int Code, string[] Out, string Err) Run(string workingDirectory, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = PortalCli.Run(args, workingDirectory, stdout, stderr);
        return (code, stdout.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries), stderr.ToString());
    }

    [Fact]
    public void Build_prints_each_stage_in_order_in_vietnamese_then_the_closing_line_last()
    {
        using var workspace = Workspace.Create();

        var (code, stdout, _) = Run(workspace.Root, "build");

        Assert.Equal(0, code);
        var pages = PageCount(ClosingVietnamese(), stdout[^1]);
        Assert.Equal(
            [
                "[1/8] Đọc nội dung và giao diện…",
                "[2/8] Kiểm tra nội dung…",
                "[3/8] Lập mô hình cổng, kiểm tra bảng dữ liệu…",
                "[4/8] Lập chỉ mục tìm kiếm…",
                "[5/8] Xuất bản dữ liệu…",
                $"[6/8] Dựng trang… {pages} trang",
                "[7/8] Kiểm tra liên kết…",
                "[8/8] Ghi vào thư mục xuất…",
            ],
            stdout[..^1]);
    }

    [Fact]
    public void Validate_prints_its_seven_stages_in_english_on_request_and_no_write_stage()
    {
        using var workspace = Workspace.Create();

        var (code, stdout, _) = Run(workspace.Root, "validate", "--lang", "en");

        Assert.Equal(0, code);
        var pages = PageCount(ClosingEnglish(), stdout[^1]);
        Assert.Equal(
            [
                "[1/7] Reading content and theme…",
                "[2/7] Checking content…",
                "[3/7] Modelling the portal, checking data tables…",
                "[4/7] Building the search index…",
                "[5/7] Publishing data…",
                $"[6/7] Rendering pages… {pages} pages",
                "[7/7] Checking links…",
            ],
            stdout[..^1]);
    }

    /// <summary>The last stage printed is the one that found the problem; the problems follow on stderr.</summary>
    [Theory]
    [InlineData("unknown-id", "[2/7] Kiểm tra nội dung…")]
    [InlineData("unknown-foreign-key", "[3/7] Lập mô hình cổng, kiểm tra bảng dữ liệu…")]
    [InlineData("theme-unknown-partial", "[6/7] Dựng trang…")]
    [InlineData("broken-link", "[7/7] Kiểm tra liên kết…")]
    public void Failed_validation_stops_the_progress_at_the_failing_stage_and_still_prints_the_problems(string brokenCase, string lastStage)
    {
        using var workspace = Workspace.Create(brokenCase);

        var (code, stdout, stderr) = Run(workspace.Root, "validate");

        Assert.Equal(1, code);
        Assert.StartsWith(lastStage, stdout[^1], StringComparison.Ordinal);
        Assert.Equal(int.Parse(lastStage[1..2], System.Globalization.CultureInfo.InvariantCulture), stdout.Length); // every stage before it, once
        Assert.Contains(": error: ", stderr, StringComparison.Ordinal);
        Assert.Contains("Không ghi gì; thư mục xuất cũ vẫn giữ nguyên.", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refused_output_folder_stops_before_any_stage()
    {
        using var workspace = Workspace.Create();

        var (code, stdout, stderr) = Run(workspace.Root, "build", "--output", "content");

        Assert.Equal(1, code);
        Assert.Empty(stdout);
        Assert.Contains(": error: ", stderr, StringComparison.Ordinal);
    }

    private static int PageCount(Regex closing, string line)
    {
        var match = closing.Match(line);
        Assert.True(match.Success, $"the last line of stdout is not the closing line: {line}");
        return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex("^Đã dựng ([0-9]+) trang ")]
    private static partial Regex ClosingVietnamese();

    [GeneratedRegex("^Valid: ([0-9]+) pages ")]
    private static partial Regex ClosingEnglish();
}
