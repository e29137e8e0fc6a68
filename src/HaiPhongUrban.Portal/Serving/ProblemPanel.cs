using HaiPhongUrban.Portal.Kernel.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace HaiPhongUrban.Portal.Serving;

/// <summary>
/// The panel the live preview puts at the top of every page while the content has an error: each problem
/// with its file, line and column, whether it is an error or a warning, and the message (which says what to
/// do), as the terminal prints them. It is a labelled region whose heading takes the focus when the page
/// loads (reload.js), the pattern of an error summary, so a screen reader user lands on it after the
/// automatic reload. Worded in the language of <c>--lang</c>; everything from the content is encoded.
/// </summary>
public static class ProblemPanel
{
    /// <summary>The heading's id, which reload.js focuses.</summary>
    public const string HeadingId = "portal-preview-problems-title";

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Html(PreviewState state, UiLanguage language, string workingDirectory)
    {
        var english = language == UiLanguage.English;
        var errors = state.Problems.Count(p => p.Severity == Severity.Error);
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<section class=\"portal-preview-problems\" lang=\"{(english ? "en" : "vi")}\" aria-labelledby=\"{HeadingId}\">");
        html.Append(CultureInfo.InvariantCulture, $"<h2 id=\"{HeadingId}\" tabindex=\"-1\">{(english ? "Content has errors: the site was not rebuilt" : "Nội dung có lỗi: site chưa được dựng lại")}</h2>");
        html.Append("<p>").Append(Encode(english
            ? $"The latest build stopped at {errors} error(s). "
            : $"Lần dựng mới nhất dừng vì {errors} lỗi. "));
        html.Append(Encode(ReferenceEquals(state.Site, PublishedSite.Empty)
            ? english ? "No build has succeeded yet, so there is no page to show." : "Chưa có lần dựng nào thành công nên chưa có trang nào để xem."
            : english ? "Below is the last version that built." : "Bên dưới là phiên bản dựng thành công gần nhất."));
        html.Append(' ').Append(Encode(english
            ? "Fix each problem and save the file: this page reloads by itself."
            : "Sửa từng chỗ rồi lưu tệp: trang này sẽ tự tải lại."));
        html.Append("</p><ol>");
        foreach (var problem in state.Problems.OrderBy(p => p.Severity == Severity.Error ? 0 : 1))
        {
            var severity = problem.Severity == Severity.Error
                ? english ? "error" : "lỗi"
                : english ? "warning" : "cảnh báo";
            html.Append(CultureInfo.InvariantCulture, $"<li class=\"portal-preview-{(problem.Severity == Severity.Error ? "error" : "warning")}\">");
            html.Append(CultureInfo.InvariantCulture, $"<p><code>{Encode(DiagnosticFormatter.Place(problem.Location, workingDirectory))}</code> <strong>{severity}</strong></p>");
            html.Append("<p>").Append(Encode(problem.Text(language, workingDirectory))).Append("</p></li>");
        }

        html.Append("</ol></section>");
        return html.ToString();
    }

    /// <summary>A whole page holding only the panel, for while no build has succeeded.</summary>
    public static string Page(PreviewState state, UiLanguage language, string workingDirectory)
    {
        var english = language == UiLanguage.English;
        return $"<!DOCTYPE html><html lang=\"{(english ? "en" : "vi")}\"><head><meta charset=\"utf-8\">"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            + $"<title>{(english ? "Content has errors" : "Nội dung có lỗi")}</title></head>"
            + $"<body><main>{Html(state, language, workingDirectory)}</main></body></html>";
    }

    private static string Encode(string text) => Encoder.Encode(text);
}
