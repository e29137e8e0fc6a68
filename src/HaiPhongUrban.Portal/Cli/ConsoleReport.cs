using HaiPhongUrban.Portal.Building;
using HaiPhongUrban.Portal.Kernel.Diagnostics;

namespace HaiPhongUrban.Portal.Cli;

/// <summary>
/// Prints a run's problems to stderr, one per line in the compiler form, then a count; and on
/// success one line to stdout saying what was written where.
/// </summary>
public static class ConsoleReport
{
    public static void Write(BuildResult result, BuildRequest request, UiLanguage language, TextWriter stdout, TextWriter stderr)
    {
        DiagnosticFormatter.WriteAll(result.Diagnostics, language, request.WorkingDirectory, stderr);

        if (!result.Succeeded)
        {
            stderr.WriteLine(language == UiLanguage.English
                ? "Nothing was written; the previous output is unchanged."
                : "Không ghi gì; thư mục xuất cũ vẫn giữ nguyên.");
            return;
        }

        var output = DiagnosticFormatter.ShownPath(request.OutputDirectory, request.WorkingDirectory);
        stdout.WriteLine(request.Write
            ? language == UiLanguage.English
                ? $"Built {result.PageCount} pages ({result.FileCount} files) into {output}/."
                : $"Đã dựng {result.PageCount} trang ({result.FileCount} tệp) vào {output}/."
            : language == UiLanguage.English
                ? $"Valid: {result.PageCount} pages render and every link resolves."
                : $"Hợp lệ: {result.PageCount} trang dựng được và mọi liên kết đều đúng.");
    }
}
