using HaiPhongUrban.Portal.Kernel.Urls;
using HaiPhongUrban.Portal.Building;
using HaiPhongUrban.Portal.Kernel.Diagnostics;

namespace HaiPhongUrban.Portal.Cli;

/// <summary>
/// <c>record-urls</c>: runs everything validate runs and, when there is no error, adds every address the
/// portal now publishes to published-urls.txt (in the folder above the content folder), keeping every
/// address already there. A command of its own rather than an option of build or validate: recording is a
/// promise staff make on purpose, once, after validate has warned; it writes no site, and a run with errors
/// promises nothing. The tests record through the same <see cref="PublishedUrlList"/>.
/// </summary>
public static class RecordUrls
{
    public static int Report(BuildResult result, BuildRequest request, UiLanguage language, TextWriter stdout, TextWriter stderr)
    {
        if (!result.Succeeded)
        {
            DiagnosticFormatter.WriteAll(result.Diagnostics, language, request.WorkingDirectory, stderr);
            stderr.WriteLine(language == UiLanguage.English
                ? "Nothing was recorded: fix the errors first, then run record-urls again."
                : "Chưa ghi địa chỉ nào: hãy sửa các lỗi trước rồi chạy lại record-urls.");
            return PortalCli.ContentErrors;
        }

        // The warning this command answers is not repeated: the addresses it names are recorded below.
        DiagnosticFormatter.WriteAll(result.Diagnostics.Where(d => d.Message != Messages.UrlsNotRecorded).ToList(), language, request.WorkingDirectory, stderr);

        var listFile = PublishedUrlList.Beside(request.ContentDirectory);
        var added = PublishedUrlList.Unlisted(listFile, result.Urls);
        var shown = DiagnosticFormatter.ShownPath(listFile, request.WorkingDirectory);
        if (added.Count == 0 && File.Exists(listFile))
        {
            stdout.WriteLine(language == UiLanguage.English
                ? $"{shown} already holds every address the portal publishes; nothing to record."
                : $"{shown} đã có mọi địa chỉ cổng công bố; không có gì để ghi thêm.");
            return PortalCli.Success;
        }

        PublishedUrlList.WriteWith(listFile, result.Urls);
        stdout.WriteLine(language == UiLanguage.English
            ? $"Recorded {added.Count} new address(es) in {shown}: {string.Join(", ", added)}. Commit the file with your change."
            : $"Đã ghi {added.Count} địa chỉ mới vào {shown}: {string.Join(", ", added)}. Hãy commit tệp này cùng thay đổi.");
        return PortalCli.Success;
    }
}
