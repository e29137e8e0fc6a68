namespace HaiPhongUrban.Portal.Tests.Cli;

/// <summary>
/// A command line that cannot be run is told, in the interface language, what is wrong and what to do,
/// one line an error and a line saying which help to read, with exit code 1; never System.CommandLine's
/// English, never a crash.
/// </summary>
public sealed class UsageErrorsTests
{
    [Theory]
    [InlineData("bild", "error: Không có lệnh 'bild'. Có phải ý bạn là 'build'?", "portal")]
    [InlineData("valdiate --lang vi", "error: Không có lệnh 'valdiate'. Có phải ý bạn là 'validate'?", "portal")]
    [InlineData("xyz", "error: Không có lệnh 'xyz'. Hãy dùng một trong các lệnh: build, validate, serve, record-urls, import-plan.", "portal")]
    [InlineData("build --contnt khac", "error: `portal build` không có tùy chọn '--contnt'. Có phải ý bạn là '--content'?", "portal build")]
    [InlineData("serve --out x", "error: `portal serve` không có tùy chọn '--out'. Hãy dùng một trong các tùy chọn: --content, --theme, --port, --timings, --lang, --help.", "portal serve")]
    [InlineData("build extra", "error: 'extra' bị thừa: `portal build` không nhận thêm đối số nào. Nếu đó là giá trị của một tùy chọn, hãy viết tên tùy chọn ngay trước nó; nếu là đường dẫn có khoảng trắng, hãy đặt cả đường dẫn trong ngoặc kép.", "portal build")]
    [InlineData("import-plan a.xlsx b.xlsx", "error: 'b.xlsx' bị thừa: `portal import-plan` không nhận thêm đối số nào.", "portal import-plan")]
    [InlineData("import-plan", "error: `portal import-plan` thiếu <TỆP.xlsx>. Hãy viết nó ngay sau tên lệnh: `portal import-plan <TỆP.xlsx>`.", "portal import-plan")]
    [InlineData("build --content", "error: Tùy chọn --content thiếu giá trị. Hãy viết giá trị ngay sau nó: `--content <thư-mục>`.", "portal build")]
    [InlineData("serve --port abc", "error: Giá trị 'abc' của --port không phải số nguyên. Hãy viết một số bằng chữ số, ví dụ `--port 8080`.", "portal serve")]
    [InlineData("serve --port=abc", "error: Giá trị 'abc' của --port không phải số nguyên.", "portal serve")]
    [InlineData("serve --port 70000", "error: --port 70000 nằm ngoài khoảng 0–65535. Hãy chọn một số trong khoảng đó, hoặc 0 để tự chọn một cổng trống.", "portal serve")]
    [InlineData("serve --port 1 --port 2", "error: Tùy chọn --port được viết 2 lần nhưng chỉ nhận một giá trị. Hãy giữ lại một lần.", "portal serve")]
    [InlineData("validate --lang fr", "error: --lang không nhận giá trị 'fr'. Hãy chọn một trong: en, vi.", "portal validate")]
    public void A_command_line_that_cannot_run_says_in_vietnamese_what_is_wrong_and_which_help_to_read(string line, string error, string command)
    {
        var (code, stdout, stderr) = UsageRun.Run(line);

        Assert.Equal(1, code);
        var lines = UsageRun.Lines(stderr);
        Assert.Equal(2, lines.Count); // one mistake said once: `--contnt khac` is not also "khac is too many"
        Assert.StartsWith(error, lines[0], StringComparison.Ordinal);
        Assert.Equal($"Chạy `{command} --help` để xem cách dùng.", lines[1]);
        Assert.Empty(stdout);
        Assert.All(UsageRun.BuiltInEnglish, phrase => Assert.DoesNotContain(phrase, stderr, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("--lang en bild", "error: There is no command 'bild'. Did you mean 'build'?", "portal")]
    [InlineData("build --lang=en --ouptut x", "error: `portal build` has no option '--ouptut'. Did you mean '--output'?", "portal build")]
    [InlineData("serve --port abc --lang en", "error: The value 'abc' of --port is not a whole number. Write a number in digits, e.g. `--port 8080`.", "portal serve")]
    [InlineData("import-plan --lang:en", "error: `portal import-plan` needs <FILE.xlsx>. Write it right after the command's name: `portal import-plan <FILE.xlsx>`.", "portal import-plan")]
    public void Under_lang_en_they_are_said_in_english(string line, string error, string command)
    {
        var (code, _, stderr) = UsageRun.Run(line);

        Assert.Equal(1, code);
        Assert.Equal([error, $"Run `{command} --help` to see how to use it."], UsageRun.Lines(stderr));
    }

    [Fact]
    public void Each_mistake_of_a_line_is_said()
    {
        var (code, _, stderr) = UsageRun.Run("serve --port abc --them x --lang fr");

        Assert.Equal(1, code);
        var lines = UsageRun.Lines(stderr);
        Assert.Contains("error: `portal serve` không có tùy chọn '--them'. Có phải ý bạn là '--theme'?", lines);
        Assert.Contains(lines, line => line.StartsWith("error: Giá trị 'abc' của --port", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("error: --lang không nhận giá trị 'fr'", StringComparison.Ordinal));
    }
}
