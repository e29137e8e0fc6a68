using HaiPhongUrban.Portal.Kernel.Diagnostics;

namespace HaiPhongUrban.Portal.Sections.Planning;

/// <summary>
/// The messages of the registry of plans, in Vietnamese and English, each ending with what to do. They are
/// the section's own (its boundaries' messages are in <c>Geography/</c>); the staff guide explains each.
/// </summary>
public static class PlanningMessages
{
    public static readonly Message NumberInvalid = new("plan-number-invalid",
        "'{0}' ở trường '{1}' không phải là số. Hãy viết {2}, hoặc xoá dòng nếu nguồn không nêu.",
        "'{0}' in '{1}' is not a number. Write {2}, or delete the line when no source gives it.");

    public static readonly Message ApprovalMissing = new("plan-approval-missing",
        "Quy hoạch có tình trạng '{0}' phải có quyết định phê duyệt. Hãy thêm 'approval:' với decision, date và authority như quyết định ghi, hoặc đổi status thành in-preparation hay consultation nếu quy hoạch chưa được phê duyệt.",
        "A plan whose status is '{0}' must have its approval decision. Add 'approval:' with decision, date and authority as the decision gives them, or set status to in-preparation or consultation if the plan is not approved yet.");

    public static readonly Message PlanUnknown = new("plan-unknown",
        "Không có quy hoạch '{0}' (trường '{1}'). Hãy dùng tên thư mục của một quy hoạch trong content/quy-hoach/: {2}.",
        "There is no plan '{0}' (field '{1}'). Use the folder name of a plan in content/quy-hoach/: {2}.");

    public static readonly Message PlanItself = new("plan-itself",
        "Quy hoạch không thể là '{0}' của chính nó. Hãy ghi tên thư mục của quy hoạch khác, hoặc xoá dòng.",
        "A plan cannot be its own '{0}'. Give another plan's folder name, or delete the line.");

    public static readonly Message PlanCycle = new("plan-cycle",
        "Các quy hoạch tạo thành một vòng qua '{0}': {1}. Một quy hoạch không thể (gián tiếp) là cấp trên hay bị thay thế bởi chính nó; hãy sửa '{0}' của một quy hoạch trong vòng.",
        "The plans form a circle through '{0}': {1}. A plan cannot be (indirectly) its own parent or replacement; fix the '{0}' of one plan in the circle.");

    public static readonly Message DocumentUnknown = new("plan-document-unknown",
        "Sổ văn bản (content/van-ban.yml) không có văn bản '{0}'. Hãy dùng slug của một văn bản trong sổ, thêm văn bản vào sổ, hoặc xoá dòng 'document:'.",
        "The registry of documents (content/van-ban.yml) has no document '{0}'. Use the slug of a document there, add it to the registry, or delete the 'document:' line.");

    public static readonly Message EventOutOfOrder = new("plan-event-out-of-order",
        "Sự kiện '{0}' ngày {1} đứng sau sự kiện ngày {2}: lịch sử phải viết theo thứ tự thời gian. Hãy sắp lại các dòng, hoặc kiểm tra lại ngày.",
        "The event '{0}' of {1} comes after an event of {2}: the history is written in date order. Reorder the lines, or check the dates.");

    public static readonly Message PublishedBeforeApproved = new("plan-published-before-approved",
        "Quy hoạch được ghi là công bố ngày {0}, trước ngày phê duyệt {1}. Quy hoạch chỉ được công bố sau khi phê duyệt: hãy kiểm tra lại hai ngày này.",
        "The plan is recorded as published on {0}, before its approval on {1}. A plan is published only once approved: check these two dates.");

    public static readonly Message DecisionDateDisagrees = new("plan-decision-date-disagrees",
        "Ngày quyết định {0} ({1}) khác ngày của sự kiện '{2}' ({3}) trong lịch sử. Hai ngày là một: hãy sửa cho khớp với quyết định.",
        "The decision date {0} ({1}) differs from the date of the '{2}' event ({3}) in the history. They are one date: make them match the decision.");

    public static readonly Message Sha256Invalid = new("plan-sha256-invalid",
        "'{0}' không phải là mã SHA-256: cần đúng 64 ký tự 0-9 và a-f. Hãy chép lại từ lệnh 'sha256sum tệp', hoặc xoá dòng nếu chưa biết.",
        "'{0}' is not a SHA-256: it needs exactly 64 characters 0-9 and a-f. Copy it again from 'sha256sum file', or delete the line when not known.");

    public static readonly Message DocumentUrlOrFile = new("plan-document-url-or-file",
        "Một tài liệu cần đúng một trong hai: 'url:' (địa chỉ trên mạng) hoặc 'file:' (tệp đặt cạnh plan.yml). Hãy giữ một.",
        "A document needs exactly one of 'url:' (its address on the web) or 'file:' (a file beside plan.yml). Keep one.");

    public static readonly Message DocumentFileMissing = new("plan-document-file-missing",
        "Không có tệp '{0}' cạnh plan.yml. Hãy đặt tệp vào thư mục của quy hoạch (chỉ tên tệp, không có '/'), hoặc sửa tên.",
        "There is no file '{0}' beside plan.yml. Put the file in the plan's folder (a file name only, no '/'), or fix the name.");

    public static readonly Message DocumentFileDisagrees = new("plan-document-file-disagrees",
        "Tệp '{0}' có {1} là {2}, khác với '{3}' ghi ở đây. Tệp đã đổi hay số ghi sai: hãy kiểm tra rồi sửa dòng này.",
        "The file '{0}' has {1} {2}, not the '{3}' written here. Either the file changed or the figure is wrong: check, then fix this line.");

    public static readonly Message AddressNotWeb = new("plan-address-not-web",
        "Địa chỉ '{0}' ở trường '{1}' phải là địa chỉ đầy đủ bắt đầu bằng https:// (hoặc http://). Hãy chép địa chỉ từ thanh địa chỉ của trình duyệt.",
        "The address '{0}' in '{1}' must be a full address starting with https:// (or http://). Copy it from the browser's address bar.");

    public static readonly Message SourcesMissing = new("plan-sources-missing",
        "Quy hoạch chưa có nguồn nào. Mỗi thông tin phải có nguồn: hãy thêm 'sources:' với url, title và retrieved (ngày đọc) của trang đã đọc.",
        "The plan has no source. Every fact needs one: add 'sources:' with the url, title and retrieved (the day read) of the page you read.");

    public static readonly Message BoundaryFileMissing = new("plan-boundary-file-missing",
        "Không có tệp ranh giới '{0}' cạnh plan.yml. Hãy đặt tệp GeoJSON vào thư mục của quy hoạch (chỉ tên tệp, không có '/'), sửa tên, hoặc xoá 'boundary:' nếu chưa có ranh giới chính thức.",
        "There is no boundary file '{0}' beside plan.yml. Put the GeoJSON file in the plan's folder (a file name only, no '/'), fix the name, or delete 'boundary:' while there is no official boundary.");

    public static readonly Message SlugReserved = new("plan-slug-reserved",
        "Tên thư mục '{0}' trùng với một địa chỉ của sổ quy hoạch (/quy-hoach/{0}/). Hãy đổi tên thư mục.",
        "The folder name '{0}' is an address the registry of plans uses itself (/quy-hoach/{0}/). Rename the folder.");

    public static readonly Message SlugInvalid = new("plan-slug-invalid",
        "Tên thư mục '{0}' không dùng được làm địa chỉ. Hãy đặt tên bằng chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ 'quy-hoach-chung-2040'.",
        "The folder name '{0}' cannot be an address. Name it with lower-case ASCII letters, digits and hyphens, e.g. 'quy-hoach-chung-2040'.");

    public static readonly Message PlanFileMissing = new("plan-file-missing",
        "Thư mục quy hoạch '{0}' không có plan.yml. Hãy thêm tệp (xem trang hướng dẫn, mục \"Thêm một đồ án quy hoạch\"), hoặc xoá thư mục.",
        "The plan folder '{0}' has no plan.yml. Add one (see the staff guide, \"Thêm một đồ án quy hoạch\"), or delete the folder.");

    public static readonly Message DutyPeriodReversed = new("plan-duty-period-reversed",
        "Thời kỳ áp dụng bắt đầu ({0}) sau khi kết thúc ({1}). Hãy kiểm tra 'from' và 'until'.",
        "The period starts ({0}) after it ends ({1}). Check 'from' and 'until'.");

    public static readonly Message DutiesOverlap = new("plan-duties-overlap",
        "Thời hạn này chồng lên một thời hạn khác cho loại '{0}' trong cùng thời kỳ, nên không biết dùng thời hạn nào. Hãy sửa 'from'/'until' để các thời kỳ nối tiếp nhau.",
        "This duty overlaps another for type '{0}' in the same period, so it is unclear which applies. Fix 'from'/'until' so the periods follow each other.");
}
