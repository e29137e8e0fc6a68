namespace HaiPhongUrban.Portal.Sections.Planning.Import;

/// <summary>
/// The Vietnamese wordings the import knows for plan.yml's <c>type</c>, <c>status</c> and a document's
/// <c>type</c>, compared as <see cref="DossierHeaders.Key"/> compares headers and with a leading
/// "quy hoạch" (or "QH") dropped. Only wordings with one meaning are here: "còn hiệu lực" (in force) could
/// be approved or adjusted, so it is reported for staff to decide rather than guessed.
/// </summary>
public static class DossierWordings
{
    public static readonly IReadOnlyList<(string Wording, string Value)> Types =
    [
        ("vùng", "regional"),
        ("tỉnh", "city"),
        ("thành phố", "city"),
        ("tỉnh/thành phố", "city"),
        ("tỉnh, thành phố", "city"),
        ("chung", "general"),
        ("phân khu", "zoning"),
        ("chi tiết", "detailed"),
    ];

    public static readonly IReadOnlyList<(string Wording, string Value)> Statuses =
    [
        ("đang lập", "in-preparation"),
        ("đang lấy ý kiến", "consultation"),
        ("lấy ý kiến", "consultation"),
        ("đã phê duyệt", "approved"),
        ("đã được phê duyệt", "approved"),
        ("phê duyệt", "approved"),
        ("đã điều chỉnh", "adjusted"),
        ("điều chỉnh", "adjusted"),
        ("đã bị thay thế", "superseded"),
        ("bị thay thế", "superseded"),
        ("hết hiệu lực", "expired"),
    ];

    public static readonly IReadOnlyList<(string Wording, string Value)> DocumentTypes =
    [
        // The codes are the document types of plan.yml (Model/PlanVocabulary.DocumentTypes).
        ("quyết định", "decision"),
        ("quyết định phê duyệt", "decision"),
        ("quyết định phê duyệt nhiệm vụ", "task-decision"),
        ("báo cáo", "report"),
        ("thuyết minh", "report"),
        ("quy định quản lý", "regulation"),
        ("bản vẽ", "drawing"),
    ];

    /// <summary>The plan.yml value for <paramref name="wording"/>, or null when it is not one the list knows.</summary>
    public static string? Find(IReadOnlyList<(string Wording, string Value)> list, string wording)
    {
        var key = DossierHeaders.Key(wording);
        foreach (var prefix in new[] { DossierHeaders.Key("quy hoạch") + " ", "qh " })
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal) && key.Length > prefix.Length)
            {
                key = key[prefix.Length..];
            }
        }

        return list.FirstOrDefault(w => DossierHeaders.Key(w.Wording) == key).Value;
    }

    /// <summary>The wordings, for a message: "vùng, tỉnh, thành phố, …".</summary>
    public static string Wordings(IReadOnlyList<(string Wording, string Value)> list) => string.Join(", ", list.Select(w => w.Wording));
}
