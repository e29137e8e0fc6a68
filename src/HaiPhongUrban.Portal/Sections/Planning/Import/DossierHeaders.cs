using System.Globalization;
using System.Text;

namespace HaiPhongUrban.Portal.Sections.Planning.Import;

/// <summary>
/// The sheets and column headers of a dossier workbook, as a third-party write-up of Circular
/// 16/2025/TT-BXD (Appendix II) lists them; PROVISIONAL until they are checked against the circular
/// itself. Headers are matched by <see cref="Key"/>, so case, spacing and the old or new place of a tone
/// mark ("Hệ tọa độ", "Hệ toạ độ") do not matter; the letters do.
/// </summary>
public static class DossierHeaders
{
    public const string DossierSheet = "HoSo";
    public const string DrawingsSheet = "BanVe";
    public const string DocumentsSheet = "VanBan";

    // ── HoSo: one row, the dossier itself (20 columns in the write-up, which notes the circular says 19) ──
    public const string DossierCode = "Mã hồ sơ";
    public const string PlanningInformationCode = "Mã thông tin quy hoạch";
    public const string Name = "Tên đồ án";
    public const string PlanType = "Loại quy hoạch";
    public const string Scale = "Tỷ lệ";
    public const string TaskDecision = "Số QĐ phê duyệt nhiệm vụ";
    public const string TaskDate = "Ngày QĐ phê duyệt nhiệm vụ";
    public const string Decision = "Số QĐ phê duyệt quy hoạch";
    public const string DecisionDate = "Ngày QĐ phê duyệt quy hoạch";
    public const string Consultant = "Đơn vị tư vấn lập quy hoạch";
    public const string Authority = "Đơn vị ra QĐ phê duyệt";
    public const string Status = "Tình trạng";
    public const string CoordinateSystem = "Hệ tọa độ";
    public const string Location = "Địa điểm";

    // ── BanVe: one row per drawing ──────────────────────────────────────────────────────────────────
    public const string DrawingNumber = "số hiệu bản vẽ";
    public const string DrawingShortName = "tên rút gọn";
    public const string DrawingName = "tên bản vẽ";
    public const string DrawingScale = "tỷ lệ";

    // ── VanBan: one row per document ────────────────────────────────────────────────────────────────
    public const string DocumentFile = "mã văn bản/tên file";
    public const string DocumentTitle = "tên văn bản";
    public const string DocumentType = "loại văn bản";
    public const string DocumentNumber = "số hiệu văn bản";
    public const string DocumentDate = "ngày ký";

    /// <summary>
    /// The columns without which a sheet cannot be a dossier's: those naming the row, and on HoSo those
    /// that fill plan.yml's required fields. Any other column may be absent; what it would have filled is
    /// then reported, like an empty cell.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Required = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        [DossierSheet] = [DossierCode, Name, PlanType, Status],
        [DrawingsSheet] = [DossierCode, DrawingName],
        [DocumentsSheet] = [DossierCode, DocumentTitle],
    };

    /// <summary>
    /// A header as compared: composed, lower-case, single spaces, and each word's tone mark moved after its
    /// letters, so that "tọa" and "toạ" (both in use) are one word while "tỷ" and "tý" stay two.
    /// </summary>
    public static string Key(string header)
    {
        var words = header.Normalize(NormalizationForm.FormD).ToLowerInvariant()
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var key = new StringBuilder();
        foreach (var word in words)
        {
            if (key.Length > 0)
            {
                key.Append(' ');
            }

            key.Append(word.Where(c => !IsTone(c)).ToArray()).Append(word.Where(IsTone).ToArray());
        }

        return key.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Vietnamese's five tone marks as combining characters: grave, acute, tilde, hook above, dot below.</summary>
    private static bool IsTone(char c) => c is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323'
        && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;
}
