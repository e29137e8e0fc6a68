namespace HaiPhongUrban.Portal.Kernel.Diagnostics;

/// <summary>
/// Every message the generator can give, in Vietnamese and English, each ending with what to do.
/// Kept in one place so that a translator or reviewer sees them all, and so that tests can name them.
/// </summary>
public static class Messages
{
    // ── Files ────────────────────────────────────────────────────────────────────────────────────
    public static readonly Message FolderMissing = new("folder-missing",
        "Không tìm thấy thư mục {0}. Hãy kiểm tra đường dẫn (--content/--theme) hoặc chạy lệnh từ thư mục gốc của dự án.",
        "The folder {0} does not exist. Check the path (--content/--theme) or run the command from the project's root folder.");

    public static readonly Message FileMissing = new("file-missing",
        "Thiếu tệp bắt buộc {0}. Hãy tạo tệp này (xem README, mục \"Nội dung nằm ở đâu\").",
        "The required file {0} is missing. Create it (see README, \"Where content lives\").");

    public static readonly Message FileUnreadable = new("file-unreadable",
        "Không đọc được tệp: {0}. Hãy kiểm tra quyền đọc tệp.",
        "The file cannot be read: {0}. Check that it is readable.");

    public static readonly Message FileEmpty = new("file-empty",
        "Tệp trống. Hãy điền nội dung hoặc xoá tệp.",
        "The file is empty. Fill it in or delete it.");

    public static readonly Message NotUtf8 = new("not-utf8",
        "Tệp không phải UTF-8 hợp lệ (byte lỗi đầu tiên ở đây; tệp lưu bằng Windows-1258 hay một bảng mã cũ khác?). Hãy mở tệp và lưu lại với mã hoá UTF-8.",
        "The file is not valid UTF-8 (first bad byte here; saved as Windows-1258 or another legacy encoding?). Open it and save it again as UTF-8.");

    public static readonly Message Utf16 = new("utf16",
        "Tệp được lưu bằng UTF-16. Hãy lưu lại với mã hoá UTF-8.",
        "The file is saved as UTF-16. Save it again as UTF-8.");

    public static readonly Message FileTooLarge = new("file-too-large",
        "Tệp nặng {0} MB, quá giới hạn {1} MB cho tệp {2}. Hãy chia nhỏ tệp; dữ liệu nhiều dòng thì đặt trong tệp CSV của bộ dữ liệu (CSV không bị giới hạn).",
        "The file is {0} MB, over the {1} MB limit for {2} files. Split it up; many rows of data belong in a dataset's CSV file, which has no limit.");

    public static readonly Message ControlCharacter = new("control-character",
        "Tệp có ký tự điều khiển U+{0} ở đây, không phải chữ (tệp nhị phân, hay UTF-16 không có BOM?). Hãy xoá ký tự này hoặc lưu lại tệp dạng văn bản UTF-8.",
        "The file has the control character U+{0} here, which is not text (a binary file, or UTF-16 without a byte-order mark?). Delete it, or save the file again as UTF-8 text.");

    public static readonly Message UnwritableCharacter = new("unwritable-character",
        "Tệp có ký tự U+{0} ở đây (một \"phi ký tự\" Unicode hay nửa cặp thay thế), không phải chữ và không thể ghi vào tệp XML, JSON hay XLSX để tải về. Ký tự này vô hình, thường dính vào khi dán từ chương trình khác: hãy xoá nó.",
        "The file has the character U+{0} here (a Unicode noncharacter or half of a surrogate pair), which is not text and cannot be written into the XML, JSON or XLSX downloads. It is invisible and usually comes with a paste from another program: delete it.");

    public static readonly Message Decomposed = new("unicode-decomposed",
        "Chữ từ dòng này ({0} dòng) viết ở dạng Unicode tổ hợp rời (NFD: chữ cái và dấu tách riêng), nên tìm kiếm và so sánh coi là chữ khác. Bản dựng này đã chuyển sang dạng dựng sẵn (NFC); hãy lưu lại tệp ở dạng NFC để hết cảnh báo.",
        "The text from this line on ({0} line(s)) is in decomposed Unicode (NFD: letters and their accent marks apart), which search and comparisons treat as different words. This build converted it to composed form (NFC); save the file as NFC to silence this warning.");

    public static readonly Message DecomposedOfficialText = new("unicode-decomposed-official",
        "Văn bản chính thức ở dòng này ({0} dòng) viết ở dạng Unicode tổ hợp rời (NFD). Lời văn được đăng và băm SHA-256 đúng như tệp, nên không được tự chuyển đổi: hãy lưu lại tệp ở dạng NFC, kiểm tra mã SHA-256 đã ghim trong OfficialWordingTests vẫn khớp, rồi commit.",
        "The official text on this line ({0} line(s)) is in decomposed Unicode (NFD). The wording is published and its SHA-256 computed exactly as the file has it, so it is never converted silently: save the file as NFC, check that the SHA-256 pinned in OfficialWordingTests still matches, and commit.");

    public static readonly Message FileNameCaseTwin = new("file-name-case-twin",
        "Tên '{0}' chỉ khác '{1}' ở chữ hoa/chữ thường; trên Windows và macOS đó là cùng một tệp, nên chỉ một trong hai được dùng. Hãy gộp chúng lại thành một tệp.",
        "The name '{0}' differs from '{1}' only in upper/lower case; on Windows and macOS they are the same file, so only one of them would be used. Merge them into one file.");

    public static readonly Message NotRegularFile = new("not-regular-file",
        "'{0}' không phải tệp thông thường (là ống dẫn có tên, thiết bị hay socket); đọc nó sẽ chờ mãi hoặc đọc thứ không phải nội dung, nên thư mục này không được đọc. Hãy xoá nó hoặc thay bằng chính tệp nội dung.",
        "'{0}' is not an ordinary file (it is a named pipe, a device or a socket); reading it would wait forever or read something that is not content, so the folder is not read. Delete it, or replace it with the content file itself.");

    public static readonly Message LinkOutside = new("link-outside",
        "'{0}' là liên kết tượng trưng trỏ tới '{1}', nằm ngoài thư mục {2} (hoặc không tồn tại). Cổng không đọc gì ngoài thư mục này; hãy thay liên kết bằng chính tệp hoặc thư mục.",
        "'{0}' is a symbolic link to '{1}', which is outside the {2} folder (or does not exist). Nothing outside that folder is read; replace the link with the file or folder itself.");

    // ── YAML ─────────────────────────────────────────────────────────────────────────────────────
    // The YAML reader's own wording is English; the Vietnamese leaves it out rather than mix languages
    // (ParseYaml names the common cases with the messages below it, in both languages).
    public static readonly Message YamlSyntax = new("yaml-syntax",
        "YAML không hợp lệ ở đây. Hãy kiểm tra thụt lề, dấu hai chấm và dấu ngoặc kép ở dòng này và dòng ngay trên nó.",
        "Invalid YAML: {0}. Check the indentation, colons and quotes on this line and the one above it.");

    public static readonly Message YamlTab = new("yaml-tab",
        "Dòng này thụt lề bằng phím Tab. YAML chỉ thụt lề bằng dấu cách: hãy thay mỗi Tab ở đầu dòng bằng dấu cách, thẳng hàng với các dòng cùng cấp.",
        "This line is indented with a tab. YAML indents with spaces only: replace each tab at the start of the line with spaces, in line with the lines of the same level.");

    public static readonly Message YamlExpectedKey = new("yaml-expected-key",
        "Dòng này không phải một trường \"tên: giá trị\" thẳng hàng với các trường ở trên. Hãy kiểm tra thụt lề (các trường cùng cấp thẳng hàng), dấu hai chấm sau tên trường, và một dấu ngoặc kép chưa đóng ở dòng trên.",
        "This line is not a \"name: value\" field in line with the fields above. Check the indentation (fields of the same level line up), the colon after the field name, and an unclosed quote on the line above.");

    public static readonly Message YamlColonInValue = new("yaml-colon-in-value",
        "Ở đây có dấu hai chấm và dấu cách (': ') mà YAML hiểu là bắt đầu một trường mới: một giá trị có ': ', hoặc một dòng thụt lề lệch so với dòng trên. Nếu ': ' là một phần của chữ, hãy đặt cả đoạn chữ trong ngoặc kép, ví dụ title: \"Tên: phụ đề\".",
        "There is a colon and space (': ') here that YAML reads as the start of a new field: a value holding ': ', or a line indented unlike the one above. If ': ' is part of the text, put the whole text in double quotes, e.g. title: \"Name: subtitle\".");

    public static readonly Message YamlMissingColon = new("yaml-missing-colon",
        "Thiếu dấu hai chấm sau tên trường ở đây. Hãy viết \"tên: giá trị\", có một dấu cách sau dấu hai chấm.",
        "A colon is missing after the field name here. Write \"name: value\", with a space after the colon.");

    public static readonly Message YamlUnclosedQuote = new("yaml-unclosed-quote",
        "Dấu ngoặc kép mở ở đây chưa được đóng trên cùng dòng. Hãy thêm dấu ngoặc kép đóng ở cuối đoạn chữ; dấu ngoặc kép bên trong chữ viết là \\\".",
        "The quote opened here is not closed on the same line. Add the closing quote at the end of the text; a quote inside the text is written \\\".");

    public static readonly Message YamlParserFailed = new("yaml-parser-failed",
        "Trình đọc YAML không đọc tiếp được sau chỗ này. Hãy tìm ký tự lạ ở gần đây (ví dụ dấu ngắt dòng vô hình U+2028), dấu ngoặc hay ngoặc kép chưa đóng.",
        "The YAML reader could not read past this place. Look near here for an unusual character (e.g. the invisible line separator U+2028) or an unclosed bracket or quote.");

    public static readonly Message YamlTooDeep = new("yaml-too-deep",
        "YAML lồng nhau quá {0} cấp ở đây. Nội dung của cổng không cần sâu như vậy; hãy kiểm tra các dấu '[', '{{' và '- ' thừa.",
        "The YAML is nested more than {0} levels deep here. No content of the portal needs that; look for stray '[', '{{' or '- '.");

    public static readonly Message YamlAnchor = new("yaml-anchor",
        "Nội dung không dùng tham chiếu YAML ('{0}'). Hãy viết đầy đủ giá trị; nếu '&' hay '*' là một phần của chữ thì đặt cả đoạn chữ trong ngoặc kép.",
        "Content does not use YAML anchors or aliases ('{0}'). Write the value out in full; if '&' or '*' is part of the text, put the whole text in double quotes.");

    public static readonly Message YamlTag = new("yaml-tag",
        "Nội dung không dùng thẻ YAML ('{0}'). Nếu '!' là một phần của chữ thì đặt cả đoạn chữ trong ngoặc kép.",
        "Content does not use YAML tags ('{0}'). If '!' is part of the text, put the whole text in double quotes.");

    public static readonly Message YamlSecondDocument = new("yaml-second-document",
        "Dòng '---' ở đây mở một tài liệu YAML thứ hai, phần này sẽ bị bỏ qua. Mỗi tệp chỉ có một tài liệu; hãy xoá dòng '---' và gộp nội dung.",
        "The '---' here starts a second YAML document, which would be ignored. A file holds one document; remove the '---' line and merge the content.");

    public static readonly Message YamlExpectedMapping = new("yaml-expected-mapping",
        "Ở đây cần các cặp \"khoá: giá trị\" ({0}). Hãy viết lại theo mẫu trong tệp.",
        "Expected \"key: value\" pairs here ({0}). Rewrite it like the other entries in the file.");

    public static readonly Message YamlExpectedList = new("yaml-expected-list",
        "Trường '{0}' phải là một danh sách, mỗi phần tử bắt đầu bằng '- '.",
        "The field '{0}' must be a list, each entry starting with '- '.");

    public static readonly Message YamlExpectedText = new("yaml-expected-text",
        "Trường '{0}' phải là một đoạn chữ, không phải danh sách hay bảng.",
        "The field '{0}' must be a piece of text, not a list or a mapping.");

    public static readonly Message FieldMissing = new("field-missing",
        "Thiếu trường bắt buộc '{0}'. Hãy thêm dòng '{0}: ...'.",
        "The required field '{0}' is missing. Add a line '{0}: ...'.");

    public static readonly Message FieldEmpty = new("field-empty",
        "Trường bắt buộc '{0}' đang để trống. Hãy điền giá trị.",
        "The required field '{0}' is empty. Fill it in.");

    public static readonly Message FieldUnknown = new("field-unknown",
        "Trường '{0}' không dùng ở đây (gõ nhầm?). Các trường hợp lệ: {1}.",
        "The field '{0}' is not used here (a typo?). Valid fields: {1}.");

    public static readonly Message ValueNotAllowed = new("value-not-allowed",
        "Giá trị '{0}' không hợp lệ cho '{1}'. Hãy dùng một trong: {2}.",
        "'{0}' is not a valid value for '{1}'. Use one of: {2}.");

    public static readonly Message DateInvalid = new("date-invalid",
        "Ngày '{0}' không hợp lệ. Hãy viết theo dạng năm-tháng-ngày, ví dụ 2012-01-03, hoặc để trống (\"\") nếu văn bản không nêu.",
        "The date '{0}' is not valid. Write it as year-month-day, e.g. 2012-01-03, or leave it empty (\"\") when the text gives none.");

    // A required date cannot be left empty: suggesting "" there (as DateInvalid does) led to a second error.
    public static readonly Message RequiredDateInvalid = new("required-date-invalid",
        "Ngày '{0}' không hợp lệ. Hãy viết một ngày có thật theo dạng năm-tháng-ngày, đủ hai chữ số cho tháng và ngày, ví dụ 2012-01-03; trường này bắt buộc nên không để trống được.",
        "The date '{0}' is not valid. Write a real date as year-month-day, with two digits for the month and the day, e.g. 2012-01-03; this field is required, so it cannot be left empty.");

    public static readonly Message UrlInvalid = new("url-invalid",
        "Địa chỉ '{0}' ở trường '{1}' không hợp lệ. Hãy dùng địa chỉ đầy đủ bắt đầu bằng https://.",
        "The address '{0}' in '{1}' is not valid. Use a full address starting with https://.");

    public static readonly Message SlugEmpty = new("slug-empty",
        "'{0}' ở trường '{1}' không có chữ cái hay chữ số nào, nên không làm được địa chỉ trang (phần địa chỉ sẽ trống). Hãy viết một từ khoá có chữ, ví dụ 'quy hoạch'.",
        "'{0}' in '{1}' has no letter or digit, so it cannot make the address of its page (that part of the address would be empty). Write a keyword with letters, e.g. 'quy hoạch'.");

    // ── Identifiers and references ──────────────────────────────────────────────────────────────
    public static readonly Message IdInvalid = new("id-invalid",
        "Mã '{0}' không hợp lệ: chỉ dùng chữ thường không dấu a-z, chữ số và dấu gạch ngang, ví dụ 'han-che-5'.",
        "The id '{0}' is not valid: use only lower-case a-z without diacritics, digits and hyphens, e.g. 'han-che-5'.");

    public static readonly Message TableNamePublished = new("table-name-published",
        "Tên bảng '{0}' đã là tên của một bảng đã công bố ({1}). Tên bảng là tên các tệp tải về của nó, và địa chỉ của chúng phải tồn tại mãi, nên đừng đổi tên bảng kia: hãy đặt cho bảng mới ở đây một tên khác.",
        "The table name '{0}' is already the name of a published table ({1}). A table's name is the name of its downloads, whose addresses must live for good, so do not rename that one: give the new table here another name.");

    public static readonly Message TableNameDuplicate = new("table-name-duplicate",
        "Tên bảng '{0}' đã được dùng ở {1}. Tên bảng là tên các tệp tải về, phải là duy nhất trên toàn cổng: hãy đổi tên bảng ở đây, bảng đứng sau theo thứ tự thư mục, và giữ nguyên bảng kia nếu nó đã được công bố.",
        "The table name '{0}' is already used at {1}. A table's name is the name of its downloads and must be unique across the portal: rename the table here, the later one in folder order, and keep the other if it is already published.");

    public static readonly Message IdDuplicate = new("id-duplicate",
        "Mã '{0}' bị trùng (đã dùng ở {1}). Mỗi mã phải là duy nhất; hãy đổi một trong hai.",
        "The id '{0}' is used twice (first at {1}). Every id must be unique; rename one of them.");

    public static readonly Message ParagraphUnknown = new("paragraph-unknown",
        "Không có đoạn nào mang mã '{0}'. Hãy dùng một mã đoạn có trong ket-luan/ket-luan.yml.",
        "There is no paragraph with the id '{0}'. Use a paragraph id that exists in ket-luan/ket-luan.yml.");

    public static readonly Message ThemeUnknown = new("theme-unknown",
        "Không có chủ đề nào mang mã '{0}'. Hãy dùng một mã có trong chu-de.yml, hoặc thêm chủ đề đó vào chu-de.yml.",
        "There is no theme with the id '{0}'. Use an id from chu-de.yml, or add the theme there.");

    public static readonly Message FullTextFolderUnknown = new("full-text-folder-unknown",
        "Thư mục van-ban/{0}/ chứa toàn văn của một văn bản, nhưng van-ban.yml không có văn bản nào mang mã '{0}'. Hãy thêm văn bản vào van-ban.yml với đúng mã này, hoặc đổi tên thư mục theo mã của văn bản.",
        "The folder van-ban/{0}/ holds the full text of a document, but van-ban.yml has no document with the slug '{0}'. Add the document to van-ban.yml with this slug, or rename the folder to the document's slug.");

    public static readonly Message DocumentUnknown = new("document-unknown",
        "Không có văn bản nào mang mã '{0}'. Hãy dùng một 'slug' có trong van-ban.yml, hoặc thêm văn bản đó vào van-ban.yml.",
        "There is no document with the slug '{0}'. Use a slug from van-ban.yml, or add the document there.");

    public static readonly Message EditorialNoShortTitle = new("editorial-no-short-title",
        "Đoạn '{0}' có trang riêng nhưng chưa có 'short_title' trong bien-tap.yml. Hãy thêm một tên ngắn.",
        "The paragraph '{0}' has a page of its own but no 'short_title' in bien-tap.yml. Add a short title.");

    public static readonly Message EditorialShortTitleNoPage = new("editorial-short-title-unused",
        "Đoạn '{0}' không có trang riêng nên 'short_title' sẽ không hiển thị. Hãy bỏ trường này.",
        "The paragraph '{0}' has no page of its own, so its 'short_title' is never shown. Remove the field.");

    public static readonly Message CitedNumberAbsent = new("cited-number-absent",
        "Đoạn '{0}' được ghi là nhắc đến văn bản số {1}, nhưng lời văn của đoạn không có số hiệu đó. Hãy kiểm tra 'cites'.",
        "The paragraph '{0}' is said to cite document {1}, but its wording does not contain that number. Check 'cites'.");

    // ── Traceability (ket-luan/lien-ket.yml) ──────────────────────────────────────────────────────
    public static readonly Message TraceNotTaskGroup = new("trace-not-task-group",
        "'{0}' không phải là một nhóm nhiệm vụ. Hãy ghi 'task' bằng một trong các mã: {1}.",
        "'{0}' is not a task group. Write 'task' as one of: {1}.");

    public static readonly Message TraceTargetChoice = new("trace-target-choice",
        "Mỗi liên kết cần đúng một trong hai trường 'answers' (mã hạn chế) hoặc 'builds_on' (mã kết quả). Hãy giữ một và bỏ trường kia.",
        "Each link needs exactly one of 'answers' (a limitation id) or 'builds_on' (a result id). Keep one and remove the other.");

    public static readonly Message TraceNotLimitation = new("trace-not-limitation",
        "'{0}' không phải là một tồn tại, hạn chế. Hãy ghi 'answers' bằng một trong các mã: {1}.",
        "'{0}' is not a limitation. Write 'answers' as one of: {1}.");

    public static readonly Message TraceNotResult = new("trace-not-result",
        "'{0}' không phải là một kết quả. Hãy ghi 'builds_on' bằng một trong các mã: {1}.",
        "'{0}' is not a result. Write 'builds_on' as one of: {1}.");

    public static readonly Message TraceWordsNotFound = new("trace-words-not-found",
        "Không thấy chữ '{0}' trong lời văn của '{1}'. Hãy chép đúng nguyên văn từ ket-luan/ket-luan.yml (cùng dấu, cùng dấu phẩy).",
        "The words '{0}' are not in the wording of '{1}'. Copy them exactly from ket-luan/ket-luan.yml (same accents, same commas).");

    public static readonly Message TraceLinkDuplicate = new("trace-link-duplicate",
        "Liên kết từ '{0}' tới '{1}' đã có ở dòng {2}. Hãy bỏ một trong hai.",
        "The link from '{0}' to '{1}' is already at line {2}. Remove one of them.");

    public static readonly Message TraceLimitationUnanswered = new("trace-limitation-unanswered",
        "Chưa có nhóm nhiệm vụ nào được ghi là trả lời hạn chế '{0}'; trang /lien-ket/ sẽ ghi rõ điều đó. Nếu một nhóm nhiệm vụ trả lời hạn chế này, hãy thêm một liên kết có 'answers: {0}'.",
        "No task group is recorded as answering the limitation '{0}'; the /lien-ket/ page says so. If a task group answers it, add a link with 'answers: {0}'.");

    // ── Implementation tracker (the cap-nhat-thuc-hien table) ────────────────────────────────────
    public static readonly Message TrackerMissing = new("tracker-missing",
        "Không có bảng theo dõi thực hiện '{0}' trong bộ dữ liệu nào. Trang /theo-doi/ đọc từ bảng này; hãy giữ nó trong content/datasets/theo-doi-thuc-hien/dataset.yml.",
        "No dataset has the tracker table '{0}'. The /theo-doi/ page reads it; keep it in content/datasets/theo-doi-thuc-hien/dataset.yml.");

    public static readonly Message TrackerFieldMissing = new("tracker-field-missing",
        "Bảng theo dõi thực hiện cần cột '{0}' kiểu {1}. Hãy thêm cột đó vào 'schema', hoặc đặt 'type: {1}' cho nó (xem hướng dẫn /huong-dan/).",
        "The tracker table needs a column '{0}' of type {1}. Add it to 'schema', or give it 'type: {1}' (see the guide at /huong-dan/).");

    public static readonly Message TrackerUrlFormat = new("tracker-url-format",
        "Cột '{0}' của bảng theo dõi là địa chỉ mà trang liên kết tới, nên cần 'format: {1}' để mọi ô được kiểm tra. Hãy thêm dòng 'format: {1}' cho cột này trong 'schema'.",
        "The tracker's column '{0}' holds addresses the page links to, so it needs 'format: {1}' for every cell to be checked. Add the line 'format: {1}' to this column in 'schema'.");

    public static readonly Message TrackerStatusUnknown = new("tracker-status-unknown",
        "Tình trạng '{0}' không có nghĩa trên trang /theo-doi/. Cột 'status' chỉ nhận: {1}.",
        "The status '{0}' has no meaning on the /theo-doi/ page. The 'status' column allows only: {1}.");

    public static readonly Message TrackerStatusOpen = new("tracker-status-open",
        "Cột 'status' của bảng theo dõi phải liệt kê các giá trị được phép. Hãy thêm 'categories:' với các giá trị {0}, mỗi giá trị kèm nhãn ('value:' và 'label:'), hoặc 'enum: [{0}]'.",
        "The tracker's 'status' column must list its allowed values. Add 'categories:' with the values {0}, each with its label ('value:' and 'label:'), or 'enum: [{0}]'.");

    // ── Official wording ────────────────────────────────────────────────────────────────────────
    public static readonly Message WordingHasLineBreak = new("wording-line-break",
        "Lời văn của '{0}' có dòng trống bên trong. Mỗi đoạn phải liền một khối; hãy bỏ dòng trống.",
        "The wording of '{0}' has a blank line inside it. A paragraph is one block; remove the blank line.");

    public static readonly Message WordingEdgeSpace = new("wording-edge-space",
        "Lời văn của '{0}' có khoảng trắng thừa ở đầu hoặc cuối. Hãy xoá khoảng trắng đó.",
        "The wording of '{0}' starts or ends with a space. Remove it.");

    public static readonly Message NumberingUnknown = new("numbering-unknown",
        "Kiểu đánh số '{0}' không hợp lệ. Hãy dùng 'parenthesized' cho (1), (2)… hoặc 'decimal' cho 1., 2.…",
        "The numbering '{0}' is not valid. Use 'parenthesized' for (1), (2)… or 'decimal' for 1., 2.…");

    public static readonly Message ErratumNotFound = new("erratum-not-found",
        "Đính chính '{0}': không thấy chữ '{1}' trong lời văn của '{2}'. Hãy kiểm tra 'corrected' và 'paragraph'.",
        "Correction '{0}': the words '{1}' are not in the wording of '{2}'. Check 'corrected' and 'paragraph'.");

    public static readonly Message ErratumAmbiguous = new("erratum-ambiguous",
        "Đính chính '{0}': chữ '{1}' xuất hiện {2} lần trong '{3}'. Hãy thêm 'occurrence: N' để chỉ rõ lần thứ mấy.",
        "Correction '{0}': the words '{1}' occur {2} times in '{3}'. Add 'occurrence: N' to say which one.");

    public static readonly Message ErratumOverlaps = new("erratum-overlaps",
        "Đính chính '{0}' chồng lên đính chính '{1}' trong '{2}'. Mỗi chữ chỉ được đính chính một lần; hãy gộp hai mục làm một.",
        "Correction '{0}' overlaps correction '{1}' in '{2}'. A word can be corrected only once; merge the two entries.");

    public static readonly Message JoinNotFound = new("join-not-found",
        "Ghép đoạn: không thấy '{0} {1}' trong lời văn của '{2}'. Hãy kiểm tra 'before', 'after' và 'paragraph'.",
        "Page-break join: '{0} {1}' is not in the wording of '{2}'. Check 'before', 'after' and 'paragraph'.");

    // ── Site settings ───────────────────────────────────────────────────────────────────────────
    public static readonly Message BaseUrlNotFilled = new("base-url-not-filled",
        "Chưa điền 'base_url' trong site.yml, nên các trang chưa có URL chuẩn tuyệt đối, data.json, catalog.jsonld và feed.xml chỉ có địa chỉ tương đối, và sitemap.xml (cần địa chỉ tuyệt đối) không được tạo (trừ khi dựng với --base-url). Hãy điền khi cổng có tên miền; đừng tự đặt ra.",
        "'base_url' is not filled in site.yml, so pages carry no absolute canonical URL, data.json, catalog.jsonld and feed.xml only relative addresses, and sitemap.xml (which needs absolute ones) is not written (unless built with --base-url). Fill it in once the portal has its domain; do not invent one.");

    public static readonly Message PublisherNotFilled = new("publisher-not-filled",
        "Chưa điền 'publisher.name' trong site.yml, nên trang giới thiệu ghi là chưa nêu đơn vị xuất bản, và data.json, catalog.jsonld thiếu trường bắt buộc 'publisher'. Hãy điền tên thật khi đã có.",
        "'publisher.name' is not filled in site.yml, so the about page says the publisher is not stated yet and data.json and catalog.jsonld lack their required 'publisher'. Fill in the real name when known.");

    public static readonly Message ContactNotFilled = new("contact-not-filled",
        "Chưa điền 'contact.email' hay 'contact.url' trong site.yml, nên người đọc chưa có nơi báo lỗi, và data.json thiếu 'contactPoint.hasEmail' bắt buộc. Hãy điền ít nhất một địa chỉ thật (thư điện tử cho data.json).",
        "Neither 'contact.email' nor 'contact.url' is filled in site.yml, so readers have nowhere to report an error and data.json lacks its required 'contactPoint.hasEmail'. Fill in at least one real address (an email for data.json).");

    public static readonly Message LanguageWithoutStrings = new("language-without-strings",
        "Ngôn ngữ giao diện '{0}' chưa có tệp theme/i18n/{0}.yml. Hãy tạo tệp hoặc dùng 'vi'.",
        "The interface language '{0}' has no theme/i18n/{0}.yml. Create that file or use 'vi'.");

    public static readonly Message SiteTranslationMissing = new("site-translation-missing",
        "Giao diện đặt là '{0}' nhưng site.yml chưa có khối 'translations: {0}:' ghi tên, mô tả và giấy phép của cổng bằng ngôn ngữ đó, nên đầu và chân trang sẽ còn tiếng Việt. Hãy thêm khối đó với 'title:', 'description:' và 'licenses:' như ở đầu tệp.",
        "The interface language is '{0}', but site.yml has no 'translations: {0}:' block giving the portal's title, description and licences in that language, so page headers and footers would stay Vietnamese. Add that block with 'title:', 'description:' and 'licenses:' as at the top of the file.");

    public static readonly Message SiteTranslationValueMissing = new("site-translation-value-missing",
        "Giao diện là '{0}', nên '{1}' (hiện trên mọi trang) cần bản '{0}' ở translations.{0}.{1}. Hãy điền bản dịch.",
        "The interface is in '{0}', so '{1}' (shown on the pages) needs its '{0}' version at translations.{0}.{1}. Fill in the translation.");

    public static readonly Message SiteTranslationOfContentLanguage = new("site-translation-content-language",
        "Các giá trị ở đầu site.yml đã là tiếng Việt; 'translations' chỉ dành cho ngôn ngữ khác. Hãy xoá khối '{0}:' này hoặc sửa giá trị ở đầu tệp.",
        "The values at the top of site.yml are already Vietnamese; 'translations' holds other languages only. Delete this '{0}:' block or edit the values at the top of the file.");
    // ── Update history (cap-nhat.yml) ──────────────────────────────────────────────────────────
    public static readonly Message UpdatesEmpty = new("updates-empty",
        "cap-nhat.yml chưa có mục nào. Cần ít nhất một mục (lần công bố đầu tiên): ngày \"Cập nhật lần cuối\" của các trang và nguồn tin feed.xml lấy từ đây.",
        "cap-nhat.yml has no entry. It needs at least one (the first publication): every page's \"last updated\" date and feed.xml come from it.");

    public static readonly Message UpdateUrlNotLocal = new("update-url-not-local",
        "Địa chỉ '{0}' ở trường '{1}' phải là một địa chỉ trong cổng, bắt đầu bằng một dấu '/', ví dụ /ket-luan/ hoặc /ket-luan/#mo-dau.",
        "The address '{0}' in '{1}' must be an address on the portal starting with a single '/', e.g. /ket-luan/ or /ket-luan/#mo-dau.");

    public static readonly Message UpdateTextInvalid = new("update-text-invalid",
        "Trường '{0}' có một ký tự điều khiển (mã {1}) mà nguồn tin XML không chứa được. Hãy xoá ký tự đó.",
        "The field '{0}' holds a control character (code {1}) that an XML feed cannot carry. Delete it.");

    public static readonly Message UpdateAfterDatasetModified = new("update-after-dataset-modified",
        "Mục cập nhật '{0}' ngày {1} nói bộ dữ liệu '{2}' đã thay đổi, nhưng 'modified' của bộ dữ liệu đó là {3}, sớm hơn, nên trang và các danh mục dữ liệu sẽ ghi ngày cũ. Hãy sửa 'modified' và thêm một mục vào 'changes' trong dataset.yml của bộ dữ liệu.",
        "The update '{0}' of {1} says the dataset '{2}' changed, but that dataset's 'modified' is {3}, earlier, so its page and the data catalogues would show the old date. Correct 'modified' and add an entry to 'changes' in the dataset's dataset.yml.");

    // ── Markdown pages ──────────────────────────────────────────────────────────────────────────
    public static readonly Message FrontMatterMissing = new("front-matter-missing",
        "Trang Markdown phải bắt đầu bằng phần đầu YAML giữa hai dòng '---', có ít nhất 'title:'.",
        "A Markdown page must start with YAML front matter between two '---' lines, with at least 'title:'.");

    public static readonly Message PageNameInvalid = new("page-name-invalid",
        "Tên tệp '{0}' không dùng được làm địa chỉ trang: chỉ dùng chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ 'gioi-thieu.md'.",
        "The file name '{0}' cannot be a page address: use only lower-case letters without diacritics, digits and hyphens, e.g. 'gioi-thieu.md'.");

    public static readonly Message PageAddressTaken = new("page-address-taken",
        "Trang này sẽ có địa chỉ {0}, nhưng địa chỉ đó dành cho một trang cổng tự tạo ra. Hãy đổi tên tệp.",
        "This page would live at {0}, which is kept for a section the generator makes. Rename the file.");

    public static readonly Message UnsafeLink = new("unsafe-link",
        "Liên kết '{0}' dùng giao thức không được phép (có thể chạy mã trong trang). Chỉ dùng https://, http://, mailto: hoặc đường dẫn trong cổng.",
        "The link '{0}' uses a scheme that is not allowed (it could run script in the page). Use only https://, http://, mailto: or a path within the portal.");

    public static readonly Message MarkdownTooDeep = new("markdown-too-deep",
        "Trang Markdown lồng nhau quá sâu để đọc (hàng nghìn dấu '>', '[', '*' hay mục danh sách lồng nhau). Hãy tìm chuỗi ký tự lặp lại trong trang và xoá bớt.",
        "The Markdown page is nested too deeply to read (thousands of '>', '[', '*' or nested list items). Look for a long run of repeated characters in the page and remove it.");

    public static readonly Message LayoutUnknown = new("layout-unknown",
        "Không có khuôn trang '{0}' trong theme/layouts. Hãy dùng một trong: {1}.",
        "There is no layout '{0}' in theme/layouts. Use one of: {1}.");

    // ── Theme ───────────────────────────────────────────────────────────────────────────────────
    public static readonly Message TemplateSyntax = new("template-syntax",
        "Mẫu Liquid có lỗi cú pháp: {0}. Hãy sửa thẻ {{% %}} hoặc {{{{ }}}} ở gần đây.",
        "The Liquid template has a syntax error: {0}. Fix the {{% %}} or {{{{ }}}} tag near here.");

    public static readonly Message TemplateRender = new("template-render",
        "Mẫu này lỗi khi dựng trang {0}: {1}. Hãy kiểm tra tên biến và bộ lọc trong mẫu.",
        "This template failed while rendering {0}: {1}. Check the variable and filter names in the template.");

    public static readonly Message StringNameReserved = new("string-name-reserved",
        "Khoá '{0}' kết thúc bằng một tên Liquid dành riêng (size, first, last), nên sẽ không hiện chữ. Hãy đổi tên khoá trong tệp chữ và ở đây.",
        "The key '{0}' ends in a name Liquid reserves (size, first, last), so its text would never show. Rename the key in the strings file and here.");

    public static readonly Message StringMissing = new("string-missing",
        "Mẫu dùng chuỗi giao diện '{0}' nhưng {1} không có khoá này. Hãy thêm khoá vào tệp ngôn ngữ.",
        "The template uses the interface string '{0}', which {1} does not define. Add the key to the strings file.");

    public static readonly Message StringUntranslated = new("string-untranslated",
        "Khoá '{0}' có trong {2} nhưng {1} chưa có, nên giao diện bằng ngôn ngữ đó sẽ thiếu chữ. Hãy thêm khoá này, đã dịch, vào {1}.",
        "The key '{0}' is in {2} but not in {1}, so the interface in that language would miss those words. Add the key, translated, to {1}.");

    public static readonly Message StringNotInReference = new("string-not-in-reference",
        "Khoá '{0}' có trong {1} nhưng không có trong {2} (gõ nhầm hay còn sót lại?). Hãy sửa tên khoá cho giống {2} hoặc xoá.",
        "The key '{0}' is in {1} but not in {2} (a typo, or left over?). Name it as in {2} or delete it.");

    public static readonly Message StringPlaceholders = new("string-placeholders",
        "Chuỗi '{0}' có các chỗ thay thế {1} trong {2} nhưng {3} trong {4}. Hai bản phải có đúng cùng các chỗ thay thế (như {{count}}); hãy sửa bản dịch.",
        "The string '{0}' has the placeholders {1} in {2} but {3} in {4}. Both must have exactly the same placeholders (such as {{count}}); correct the translation.");

    // ── Rendered site ───────────────────────────────────────────────────────────────────────────
    public static readonly Message LinkBroken = new("link-broken",
        "Liên kết '{0}' trên trang {1} không dẫn tới trang nào của cổng. Hãy sửa đường dẫn.",
        "The link '{0}' on the page {1} leads to no page of the portal. Fix the path.");

    public static readonly Message AnchorBroken = new("anchor-broken",
        "Liên kết '{0}' trên trang {1}: trang đích có, nhưng không có neo '#{2}'. Hãy sửa phần sau dấu #.",
        "The link '{0}' on the page {1}: the target page exists but has no anchor '#{2}'. Fix the part after #.");

    public static readonly Message IdRenderedTwice = new("id-rendered-twice",
        "Trang {0} có hai phần tử cùng id '{1}'. Neo phải là duy nhất trong trang; hãy sửa mẫu hoặc nội dung.",
        "The page {0} has two elements with the id '{1}'. Anchors must be unique on a page; fix the template or content.");

    // ── Redirects (content/_redirects) ─────────────────────────────────────────────────────────
    public static readonly Message RedirectFields = new("redirect-fields",
        "Dòng chuyển hướng '{0}' không đúng mẫu. Mỗi dòng gồm địa chỉ cũ, địa chỉ mới và (nếu cần) mã 301, cách nhau bằng dấu cách, ví dụ '/trang-cu/ /trang-moi/ 301'; dòng bắt đầu bằng # là ghi chú. Không dùng điều kiện (Country=…, Language=…).",
        "The redirect line '{0}' is not in the expected form. Each line is the old address, the new address and (if needed) the status 301, separated by spaces, e.g. '/old-page/ /new-page/ 301'; a line starting with # is a comment. Conditions (Country=…, Language=…) are not supported.");

    public static readonly Message RedirectFromInvalid = new("redirect-from-invalid",
        "Địa chỉ cũ '{0}' phải là một đường dẫn trong cổng, bắt đầu bằng '/', chỉ gồm chữ không dấu, chữ số, '-', '.', '_' và '/'. Không dùng '*' hay ':tên': hãy viết mỗi địa chỉ cũ trên một dòng.",
        "The old address '{0}' must be a path within the portal starting with '/', made of letters without diacritics, digits, '-', '.', '_' and '/'. No '*' or ':name': write one line per old address.");

    public static readonly Message RedirectToInvalid = new("redirect-to-invalid",
        "Địa chỉ mới '{0}' phải là một đường dẫn trong cổng bắt đầu bằng '/' (có thể thêm #neo), hoặc một địa chỉ đầy đủ https://…",
        "The new address '{0}' must be a path within the portal starting with '/' (optionally with #anchor), or a full https://… address.");

    public static readonly Message RedirectStatusInvalid = new("redirect-status-invalid",
        "Mã '{0}' không dùng được ở đây. Hãy dùng 301 (đã chuyển hẳn), 302 (tạm thời) hoặc 200 (hiện trang mới tại địa chỉ cũ), có thể thêm '!' (ví dụ 301!).",
        "The status '{0}' cannot be used here. Use 301 (moved for good), 302 (for now) or 200 (show the new page at the old address), optionally followed by '!' (e.g. 301!).");

    public static readonly Message RedirectDuplicate = new("redirect-duplicate",
        "Địa chỉ cũ '{0}' đã được chuyển hướng ở dòng {1}, và Netlify chỉ dùng dòng đầu tiên. Hãy xoá một trong hai dòng.",
        "The old address '{0}' is already redirected on line {1}, and Netlify uses only the first. Delete one of the two lines.");

    public static readonly Message RedirectTargetMissing = new("redirect-target-missing",
        "Địa chỉ mới '{0}' không có trong bản cổng vừa dựng, nên người đọc sẽ gặp trang 404. Hãy trỏ tới một trang hay tệp có thật (chẳng hạn một dòng của published-urls.txt).",
        "The new address '{0}' is not in the site just built, so readers would land on a 404. Point it at a page or file that exists (for example a line of published-urls.txt).");

    public static readonly Message RedirectAnchorMissing = new("redirect-anchor-missing",
        "Trang {0} có, nhưng không có neo '#{1}'. Hãy sửa phần sau dấu #.",
        "The page {0} exists but has no anchor '#{1}'. Fix the part after #.");

    public static readonly Message RedirectProxiesOtherSite = new("redirect-proxies-other-site",
        "Quy tắc này có mã 200 tới một trang web khác, nên Netlify không chuyển người đọc đi mà tải trang '{1}' và phục vụ nó ngay tại địa chỉ '{0}' của cổng (proxy): nội dung của bên thứ ba hiện ra như của cổng, và đổi khi họ đổi. Nếu chỉ cần chuyển hướng, hãy dùng 301; chỉ giữ 200 khi thật sự muốn phục vụ trang web đó dưới tên cổng.",
        "This rule has status 200 to another site, so Netlify does not send readers there: it fetches '{1}' and serves it at the portal's own address '{0}' (a proxy), so a third party's content appears as the portal's and changes whenever theirs does. For a redirect, use 301; keep 200 only if the portal really is to serve that site under its name.");

    public static readonly Message RedirectSourcePublished = new("redirect-source-published",
        "Địa chỉ cũ '{0}' vẫn là một trang hay tệp của cổng, nên Netlify phục vụ nó và bỏ qua dòng này. Hãy xoá dòng, hoặc thêm '!' sau mã (ví dụ 301!) nếu thật sự muốn chuyển hướng.",
        "The old address '{0}' is still a page or file of the portal, so Netlify serves it and ignores this line. Delete the line, or add '!' after the status (e.g. 301!) if it really must redirect.");

    // ── Published addresses (published-urls.txt) ───────────────────────────────────────────────
    public static readonly Message UrlsNotRecorded = new("urls-not-recorded",
        "Thay đổi này công bố {0} địa chỉ mới chưa có trong danh sách địa chỉ đã công bố: {1}. Một địa chỉ đã công bố phải tồn tại mãi, vì người đọc và các trang khác sẽ dẫn tới nó. Nếu muốn công bố các địa chỉ này, hãy ghi chúng vào danh sách bằng lệnh '{2}' rồi commit tệp cùng thay đổi; nếu không, hãy sửa nội dung để chúng không được tạo ra.",
        "This change publishes {0} new address(es) not yet in the list of published addresses: {1}. A published address must live for good, since readers and other sites will link to it. If they are meant to be public, record them with '{2}' and commit the file with the change; otherwise change the content so that they are not made.");

    // ── Output ──────────────────────────────────────────────────────────────────────────────────
    public static readonly Message OutputIsRoot = new("output-is-root",
        "Không ghi bản dựng của cổng vào '{0}' vì đó là thư mục gốc, thư mục nhà (home) hoặc thư mục tạm, hoặc chứa thư mục nhà, và mỗi lần dựng thay cả thư mục xuất. Hãy chọn một thư mục riêng, ví dụ 'output'.",
        "Refusing to write the site into '{0}' because it is a root, home or temporary folder, or contains a home folder, and a build replaces the whole folder. Choose a folder of its own, e.g. 'output'.");

    public static readonly Message OutputHoldsSources = new("output-holds-sources",
        "Không ghi bản dựng của cổng vào '{0}' vì đó là thư mục {1}, nằm trong nó hoặc chứa nó, và mỗi lần dựng thay thế cả thư mục. Hãy chọn một thư mục riêng, ví dụ 'output'.",
        "Refusing to write the site into '{0}' because it is, is inside, or contains the {1} folder, and a build replaces the whole folder. Choose a folder of its own, e.g. 'output'.");

    public static readonly Message OutputIsFile = new("output-is-file",
        "Không ghi bản dựng của cổng vào '{0}' vì đó là một tệp, không phải thư mục. Hãy chọn một thư mục, ví dụ 'output'.",
        "Refusing to write the site into '{0}' because it is a file, not a folder. Choose a folder, e.g. 'output'.");

    public static readonly Message OutputNotPortal = new("output-not-portal",
        "Không ghi bản dựng của cổng vào '{0}': thư mục này có tệp mà cổng không ghi (không có dấu {1} của một lần dựng), và mỗi lần dựng sẽ xoá cả thư mục. Không tệp nào bị động tới. Hãy chọn một thư mục trống hoặc chưa có, ví dụ 'output'; nếu đây đúng là một bản cổng cũ, hãy tự chuyển hay xoá thư mục rồi dựng lại.",
        "Refusing to write the site into '{0}': it holds files the portal did not write (there is no {1} mark of a build in it), and a build would replace the whole folder. Nothing in it was touched. Choose a folder that is empty or does not exist yet, e.g. 'output'; if it really is an old copy of the site, move or delete it yourself and build again.");

    public static readonly Message OutputSwapFinished = new("output-swap-finished",
        "Một lần dựng trước bị dừng giữa lúc thay thư mục xuất, nên thư mục này không còn; bản cổng mới hoàn chỉnh mà lần đó đã dựng ('{0}') được đặt vào chỗ. Không cần làm gì thêm; nếu hay gặp, hãy xem vì sao lần dựng bị dừng (hết bộ nhớ, hết thời gian CI).",
        "An earlier build was stopped while swapping the output folder in, so the folder was missing; the complete new site that build had made ('{0}') was put in its place. Nothing to do; if this keeps happening, find out why builds are stopped (memory, CI time limit).");

    public static readonly Message OutputSwapRolledBack = new("output-swap-rolled-back",
        "Một lần dựng trước bị dừng giữa lúc thay thư mục xuất, nên thư mục này không còn; bản cổng cũ ('{0}') được đặt lại vào chỗ. Không cần làm gì thêm; nếu hay gặp, hãy xem vì sao lần dựng bị dừng (hết bộ nhớ, hết thời gian CI).",
        "An earlier build was stopped while swapping the output folder in, so the folder was missing; the previous site ('{0}') was put back. Nothing to do; if this keeps happening, find out why builds are stopped (memory, CI time limit).");

    public static readonly Message OutputWriteFailed = new("output-write-failed",
        "Không ghi được bản dựng của cổng: {0}. Bản dựng cũ (nếu có) vẫn giữ nguyên; hãy kiểm tra quyền ghi và dung lượng đĩa.",
        "The site could not be written: {0}. The previous site (if any) is untouched; check permissions and disk space.");

    public static readonly Message OutputDiskFull = new("output-disk-full",
        "Đĩa chứa '{0}' đã đầy (hoặc hết hạn mức), nên không ghi được bản dựng của cổng. Bản cổng cũ (nếu có) vẫn giữ nguyên và bản dở dang đã được xoá. Hãy giải phóng dung lượng (khi thay thế cần khoảng gấp đôi kích thước thư mục xuất) rồi dựng lại.",
        "The disk holding '{0}' is full (or over its quota), so the site could not be written. The previous site (if any) is untouched and the partial one removed. Free some space (replacing the site needs about twice the output folder's size) and build again.");

    // ── Datasets ─────────────────────────────────────────────────────────────────────────────────
    public static readonly Message DatasetFileMissing = new("dataset-file-missing",
        "Thư mục bộ dữ liệu này không có tệp {0}. Hãy thêm tệp mô tả (xem README, mục \"Thêm một bộ dữ liệu\") hoặc xoá thư mục.",
        "This dataset folder has no {0}. Add the description file (see README, \"Adding a dataset\") or delete the folder.");

    public static readonly Message FlagInvalid = new("flag-invalid",
        "Trường '{0}' chỉ nhận true hoặc false, không nhận '{1}'.",
        "The field '{0}' takes true or false, not '{1}'.");

    public static readonly Message DatasetSlugReserved = new("dataset-slug-reserved",
        "Tên thư mục '{0}' trùng với một địa chỉ của danh mục dữ liệu. Hãy đổi tên thư mục.",
        "The folder name '{0}' is an address the data catalogue uses itself. Rename the folder.");

    public static readonly Message ResourceSource = new("resource-source",
        "Bảng '{0}' phải có đúng một trong hai trường 'path' (tệp CSV) hoặc 'generated_from' (bảng sinh từ Kết luận).",
        "The resource '{0}' needs exactly one of 'path' (a CSV file) or 'generated_from' (a table drawn from the Conclusion).");

    public static readonly Message ResourceFileMissing = new("resource-file-missing",
        "Không tìm thấy tệp '{0}' trong thư mục của bộ dữ liệu. Hãy đặt tệp CSV cạnh dataset.yml hoặc sửa 'path'.",
        "The file '{0}' is not in the dataset's folder. Put the CSV file beside dataset.yml or correct 'path'.");

    public static readonly Message ResourcePathOutside = new("resource-path-outside",
        "Đường dẫn '{0}' trỏ ra ngoài thư mục của bộ dữ liệu hoặc không phải tệp .csv. Hãy dùng tên một tệp .csv nằm cạnh dataset.yml.",
        "The path '{0}' points outside the dataset's folder or is not a .csv file. Use the name of a .csv file beside dataset.yml.");

    public static readonly Message GeneratedUnknown = new("generated-unknown",
        "Không có bảng hay tệp sinh sẵn tên '{0}'. Hãy dùng một trong các tên: {1}.",
        "There is no generated table or file called '{0}'. Use one of the names: {1}.");

    public static readonly Message GeneratedFileSchema = new("generated-file-schema",
        "'{0}' là một tệp sinh sẵn, không phải bảng, nên không có cột để mô tả. Hãy xoá khối 'schema:' của tài nguyên này.",
        "'{0}' is a generated file, not a table, so it has no columns to describe. Delete this resource's 'schema:' block.");

    public static readonly Message GeneratedColumns = new("generated-columns",
        "Bảng '{0}' sinh ra các cột {1}; 'fields' phải liệt kê đúng các cột đó, theo đúng thứ tự.",
        "The table '{0}' produces the columns {1}; 'fields' must list exactly those, in that order.");

    public static readonly Message FieldNameDuplicate = new("field-name-duplicate",
        "Cột '{0}' được khai báo hai lần. Hãy xoá hoặc đổi tên một cột.",
        "The column '{0}' is declared twice. Delete or rename one of them.");

    public static readonly Message FieldNameInvalid = new("field-name-invalid",
        "Tên cột '{0}' không hợp lệ. Hãy dùng chữ thường không dấu, chữ số và dấu gạch dưới, bắt đầu bằng chữ (ví dụ task_group_id).",
        "The column name '{0}' is not valid. Use lower-case ASCII letters, digits and underscores, starting with a letter (e.g. task_group_id).");

    public static readonly Message FieldTypeUnknown = new("field-type-unknown",
        "Kiểu '{0}' không có. Các kiểu dùng được: {1}.",
        "There is no type '{0}'. The types are: {1}.");

    public static readonly Message EnumValueInvalid = new("enum-value-invalid",
        "Giá trị '{0}' trong 'enum' không phải một giá trị kiểu {1}. Hãy sửa giá trị hoặc kiểu của cột.",
        "The value '{0}' in 'enum' is not a value of type {1}. Correct the value or the column's type.");

    public static readonly Message CategoriesType = new("categories-type",
        "Chỉ cột kiểu string hoặc integer mới có 'categories' (Table Schema 2.0), cột này kiểu {0}. Hãy đổi kiểu của cột, hoặc dùng 'enum' thay cho 'categories'.",
        "Only a string or integer column may have 'categories' (Table Schema 2.0); this column is of type {0}. Change the column's type, or use 'enum' instead of 'categories'.");

    public static readonly Message CategoriesEmpty = new("categories-empty",
        "'categories' không có giá trị nào. Hãy liệt kê các giá trị cột này nhận, hoặc xoá dòng 'categories:'.",
        "'categories' lists no values. List the values this column takes, or delete the 'categories:' line.");

    public static readonly Message CategoryValueInvalid = new("category-value-invalid",
        "Giá trị '{0}' trong 'categories' không phải một giá trị kiểu {1}. Hãy sửa giá trị hoặc kiểu của cột.",
        "The value '{0}' in 'categories' is not a value of type {1}. Correct the value or the column's type.");

    public static readonly Message CategoryDuplicate = new("category-duplicate",
        "Giá trị '{0}' đã có trong 'categories' ở dòng {1}. Mỗi giá trị chỉ được liệt kê một lần; hãy xoá một trong hai.",
        "The value '{0}' is already in 'categories' at line {1}. Each value is listed once; delete one of the two.");

    public static readonly Message CategoryLabelEmpty = new("category-label-empty",
        "Nhãn của giá trị '{0}' đang để trống. Hãy ghi nhãn người đọc sẽ thấy thay cho mã, hoặc xoá dòng 'label:'.",
        "The label of the value '{0}' is empty. Write the words readers see in place of the code, or delete the 'label:' line.");

    public static readonly Message CategoryLabelDuplicate = new("category-label-duplicate",
        "Nhãn '{0}' đã dùng cho giá trị '{1}'. Mỗi giá trị cần một nhãn riêng để người đọc phân biệt được; hãy sửa một trong hai nhãn.",
        "The label '{0}' is already the label of the value '{1}'. Each value needs its own label for readers to tell them apart; change one of the two.");

    public static readonly Message EnumNotInCategories = new("enum-not-in-categories",
        "Giá trị '{0}' trong 'enum' không có trong 'categories' của cột. Khi cột có cả hai, 'enum' chỉ được chọn trong các giá trị của 'categories': {1}. Hãy thêm giá trị vào 'categories' hoặc xoá nó khỏi 'enum'.",
        "The value '{0}' in 'enum' is not in the column's 'categories'. When a column has both, 'enum' may only pick among the values of 'categories': {1}. Add the value to 'categories' or remove it from 'enum'.");

    public static readonly Message FieldNameTypo = new("field-name-typo",
        "Cột '{0}' khai báo ở đây, nhưng những chỗ khác của tệp này (primary_key, foreign_keys) gọi nó là '{1}': gõ nhầm? Hãy sửa cho hai tên khớp nhau, theo đúng tên cột trong dòng tiêu đề của tệp CSV.",
        "The column '{0}' is declared here, but the rest of this file (primary_key, foreign_keys) calls it '{1}': a typo? Make the two names agree, as the column is named in the CSV file's header.");

    public static readonly Message FieldNameNotInHeader = new("field-name-not-in-header",
        "Cột '{0}' khai báo ở đây, nhưng dòng tiêu đề của tệp CSV gọi cột ở vị trí này là '{1}' ({2}): gõ nhầm ở một trong hai chỗ? Hãy sửa chỗ sai cho hai tên khớp nhau; tên trong tệp CSV là tên mọi người tải về sẽ thấy.",
        "The column '{0}' is declared here, but the CSV file's header calls the column in this place '{1}' ({2}): a typo in one of the two? Correct the wrong one so the names agree; the CSV's name is the one everyone who downloads it sees.");

    public static readonly Message SchemaFieldUnknownNear = new("schema-field-unknown-near",
        "Không có cột '{0}' trong 'fields' của bảng này; có phải là '{1}'? Hãy dùng đúng tên một cột đã khai báo.",
        "There is no column '{0}' in this resource's 'fields'; did you mean '{1}'? Use the name of a declared column.");

    public static readonly Message ResourceUnknownNear = new("resource-unknown-near",
        "Không có bảng nào tên '{0}' trong các bộ dữ liệu; có phải là '{1}'? Hãy dùng đúng 'name' của một bảng đã có.",
        "No dataset has a resource called '{0}'; did you mean '{1}'? Use the 'name' of an existing resource.");

    public static readonly Message SchemaFieldUnknown = new("schema-field-unknown",
        "Không có cột '{0}' trong 'fields' của bảng này. Hãy dùng tên một cột đã khai báo.",
        "There is no column '{0}' in this resource's 'fields'. Use the name of a declared column.");

    public static readonly Message ResourceUnknown = new("resource-unknown",
        "Không có bảng nào tên '{0}' trong các bộ dữ liệu. Hãy dùng 'name' của một bảng đã có.",
        "No dataset has a resource called '{0}'. Use the 'name' of an existing resource.");

    public static readonly Message ForeignKeyToFile = new("foreign-key-to-file",
        "'{0}' là một tệp sinh sẵn, không phải bảng, nên không có cột nào để khoá ngoại trỏ tới. Hãy trỏ tới 'name' của một bảng.",
        "'{0}' is a generated file, not a table, so it has no column a foreign key could point at. Point at the 'name' of a table.");

    public static readonly Message ForeignKeyTargetNotUnique = new("foreign-key-target-not-unique",
        "Cột '{0}' được tham chiếu tới nên phải có 'unique: true' (hoặc là khoá chính) để mỗi giá trị trỏ tới đúng một dòng.",
        "The column '{0}' is referred to, so it must have 'unique: true' (or be the primary key) for each value to name one row.");

    public static readonly Message FrequencyUnknown = new("frequency-unknown",
        "Tần suất cập nhật '{0}' không có. Hãy dùng một trong: {1}.",
        "There is no update frequency '{0}'. Use one of: {1}.");

    public static readonly Message DatesOutOfOrder = new("dates-out-of-order",
        "Ngày '{0}' ({1}) sớm hơn ngày '{2}' ({3}). Hãy kiểm tra lại hai ngày này.",
        "The date '{0}' ({1}) is earlier than '{2}' ({3}). Check the two dates.");

    // ── CSV rows ─────────────────────────────────────────────────────────────────────────────────
    public static readonly Message CsvHeader = new("csv-header",
        "Dòng tiêu đề phải là đúng các cột đã khai báo trong dataset.yml, theo thứ tự: {0}. Tệp đang có: {1}.",
        "The header must be exactly the columns declared in dataset.yml, in order: {0}. The file has: {1}.");

    public static readonly Message CsvSemicolons = new("csv-semicolons",
        "Tệp dùng dấu chấm phẩy (;) để ngăn cách các cột, như Excel lưu \"CSV\" trên máy cài tiếng Việt, nhưng cổng đọc CSV ngăn cách bằng dấu phẩy. Hãy lưu lại tệp dạng \"CSV UTF-8 (Comma delimited)\", hoặc thay mọi dấu ; ngăn cách bằng dấu phẩy; dòng tiêu đề phải là: {0}.",
        "The file separates its columns with semicolons (;), as Excel saves \"CSV\" in a Vietnamese locale, but the portal reads comma-separated CSV. Save the file again as \"CSV UTF-8 (Comma delimited)\", or replace every separating ; with a comma; the header must be: {0}.");

    public static readonly Message CsvCellCount = new("csv-cell-count",
        "Dòng này có {0} ô, trong khi bảng có {1} cột. Hãy kiểm tra dấu phẩy thừa hay thiếu, hoặc đặt ô có dấu phẩy trong ngoặc kép.",
        "This row has {0} cells but the table has {1} columns. Look for a missing or extra comma, or put a cell containing a comma in double quotes.");

    public static readonly Message CsvUnclosedQuote = new("csv-unclosed-quote",
        "Một ô mở dấu ngoặc kép ở dòng này nhưng không bao giờ đóng lại, nên phần còn lại của tệp bị coi là một ô. Hãy thêm dấu ngoặc kép đóng ở cuối ô.",
        "A cell opens a double quote on this line that is never closed, so the rest of the file reads as one cell. Add the closing quote at the end of the cell.");

    public static readonly Message CsvQuoting = new("csv-quoting",
        "Dấu ngoặc kép đặt sai chỗ ở dòng này. Ô có dấu phẩy, ngoặc kép hay xuống dòng phải nằm trong ngoặc kép, và mỗi dấu ngoặc kép bên trong viết thành hai dấu (\"\").",
        "Misplaced double quote on this row. A cell with a comma, quote or line break must be in double quotes, each quote inside it written twice (\"\").");

    public static readonly Message CsvRecordTooLarge = new("csv-record-too-large",
        "Một dòng bắt đầu từ đây dài hơn {0} MB; thường là do một dấu ngoặc kép mở mà không đóng. Hãy kiểm tra dấu ngoặc kép ở dòng này.",
        "A row starting here is longer than {0} MB, usually because a double quote opens and never closes. Check the quotes on this line.");

    public static readonly Message CsvRequired = new("csv-required",
        "Cột '{0}' bắt buộc có giá trị nhưng ô này trống. Hãy điền giá trị.",
        "The column '{0}' requires a value but this cell is empty. Fill it in.");

    // One message per type, so that what is expected is said in the reader's language.
    public static readonly Message CsvTypeInteger = new("csv-type-integer",
        "Cột '{0}' có giá trị '{1}', nhưng cột này cần một số nguyên viết liền, không dấu phân cách, ví dụ 12 hoặc -5.",
        "The column '{0}' has the value '{1}', but it needs a whole number without separators, e.g. 12 or -5.");

    public static readonly Message CsvTypeNumber = new("csv-type-number",
        "Cột '{0}' có giá trị '{1}', nhưng cột này cần một số dùng dấu chấm thập phân, không dấu phân cách hàng nghìn, ví dụ 1250.5 hoặc -5.",
        "The column '{0}' has the value '{1}', but it needs a number with a decimal point and no thousands separator, e.g. 1250.5 or -5.");

    public static readonly Message CsvTypeDate = new("csv-type-date",
        "Cột '{0}' có giá trị '{1}', nhưng cột này cần một ngày có thật viết năm-tháng-ngày, ví dụ 2023-11-11.",
        "The column '{0}' has the value '{1}', but it needs a real date written year-month-day, e.g. 2023-11-11.");

    public static readonly Message CsvTypeBoolean = new("csv-type-boolean",
        "Cột '{0}' có giá trị '{1}', nhưng cột này chỉ nhận true hoặc false.",
        "The column '{0}' has the value '{1}', but it takes only true or false.");

    public static readonly Message CsvEnum = new("csv-enum",
        "Cột '{0}' có giá trị '{1}', không thuộc các giá trị cho phép: {2}.",
        "The column '{0}' has the value '{1}', which is not one of the allowed values: {2}.");

    public static readonly Message CsvDuplicate = new("csv-duplicate",
        "Cột '{0}' có giá trị '{1}' đã xuất hiện ở dòng {2}. Giá trị ở cột này không được trùng.",
        "The column '{0}' has the value '{1}', already at line {2}. Values in this column must not repeat.");

    public static readonly Message CsvForeignKey = new("csv-foreign-key",
        "Cột '{0}' có giá trị '{1}', nhưng không có dòng nào của bảng '{2}' có giá trị đó ở cột '{3}'. Hãy sửa mã cho đúng.",
        "The column '{0}' has the value '{1}', but no row of the resource '{2}' has it in the column '{3}'. Correct the reference.");
}
