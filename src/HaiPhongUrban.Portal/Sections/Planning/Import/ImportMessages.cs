using HaiPhongUrban.Portal.Kernel.Diagnostics;

namespace HaiPhongUrban.Portal.Sections.Planning.Import;

/// <summary>
/// Every text of <c>import-plan</c>, in Vietnamese and English, worded like <see cref="Messages"/>: what is
/// wrong, then what to do. Kept apart from <see cref="Messages"/>, which holds what <c>validate</c> says
/// about content (and which the staff guide's quotes are held to); these are about a workbook being
/// imported. Each is printed after the sheet, row or column it is about (<c>HoSo!D2</c>).
/// </summary>
public static class ImportMessages
{
    // ── The command's help ──────────────────────────────────────────────────────────────────────────
    public static readonly Message CommandDescription = new("import-command",
        "Nhập hồ sơ .xlsx theo Thông tư 16/2025/TT-BXD thành plan.yml để cán bộ xem lại; không bao giờ ghi đè. "
        + "Ánh xạ các cột còn TẠM THỜI (đọc từ bài viết của bên thứ ba, chưa đối chiếu với thông tư)",
        "Import a Circular 16/2025/TT-BXD dossier workbook into a plan.yml for staff to review; never overwrites. "
        + "The column mapping is PROVISIONAL (read in a third-party write-up, not checked against the circular)");

    public static readonly Message WorkbookDescription = new("import-workbook-argument",
        "Sổ làm việc hồ sơ <MaHoSo>.xlsx, trang HoSo, BanVe, VanBan",
        "The dossier workbook <MaHoSo>.xlsx, sheets HoSo, BanVe, VanBan");

    public static readonly Message BoundaryDescription = new("import-boundary-option",
        "Ranh giới quy hoạch (GeoJSON), chép thành ranh-gioi.geojson cạnh plan.yml",
        "The plan boundary (GeoJSON), copied beside plan.yml as ranh-gioi.geojson");

    public static readonly Message CrsDescription = new("import-crs-option",
        "Hệ tọa độ của ranh giới, ví dụ EPSG:9210; mặc định lấy từ cột 'Hệ tọa độ' khi rõ ràng",
        "The boundary's coordinate system, e.g. EPSG:9210; by default the 'Hệ tọa độ' column's when unambiguous");

    public static readonly Message OutputDescription = new("import-output-option",
        "Thư mục ghi plan.yml (mặc định content/quy-hoach/<tên>/)",
        "Folder to write plan.yml into (default content/quy-hoach/<slug>/)");

    public static readonly Message WorkbookValue = new("import-value-workbook", "TỆP.xlsx", "FILE.xlsx");

    public static readonly Message BoundaryValue = new("import-value-boundary", "tệp.geojson", "file.geojson");

    public static readonly Message FolderValue = new("import-value-folder", "thư-mục", "folder");

    // ── Refusals: nothing is written ────────────────────────────────────────────────────────────────
    public static readonly Message WorkbookMissing = new("import-workbook-missing",
        "Không tìm thấy tệp {0}. Hãy kiểm tra đường dẫn tới tệp .xlsx của hồ sơ.",
        "The file {0} does not exist. Check the path to the dossier's .xlsx file.");

    public static readonly Message WorkbookUnreadable = new("import-workbook-unreadable",
        "Không đọc được tệp {0}: {1}. Hãy đóng tệp nếu Excel đang mở nó, và kiểm tra quyền đọc.",
        "The file {0} cannot be read: {1}. Close it if Excel has it open, and check that it is readable.");

    public static readonly Message NotXlsx = new("import-not-xlsx",
        "{0} không phải sổ làm việc Excel .xlsx (tệp .xls cũ, .csv hay tệp hỏng?). Hãy mở tệp trong Excel và lưu lại dạng \"Excel Workbook (.xlsx)\".",
        "{0} is not an Excel .xlsx workbook (an old .xls, a .csv or a damaged file?). Open it in Excel and save it as \"Excel Workbook (.xlsx)\".");

    public static readonly Message SheetMissing = new("import-sheet-missing",
        "Sổ làm việc không có trang tính '{0}' (chỉ có: {1}). Hồ sơ theo Thông tư 16/2025/TT-BXD có ba trang HoSo, BanVe và VanBan; hãy thêm trang hoặc đổi tên trang cho đúng (trang BanVe, VanBan có thể chỉ có dòng tiêu đề).",
        "The workbook has no sheet '{0}' (it has: {1}). A Circular 16/2025/TT-BXD dossier has three sheets, HoSo, BanVe and VanBan; add the sheet or rename it (BanVe and VanBan may hold only their header row).");

    public static readonly Message SheetEmpty = new("import-sheet-empty",
        "Trang tính {0} trống. Dòng đầu tiên phải là dòng tiêu đề cột, gồm ít nhất: {1}.",
        "The sheet {0} is empty. Its first row must be the header row, with at least: {1}.");

    public static readonly Message HeaderMissing = new("import-header-missing",
        "Dòng tiêu đề của trang {0} không có cột '{1}'. Hãy thêm cột với đúng tiêu đề này (các cột bắt buộc: {2}).",
        "The header row of the sheet {0} has no column '{1}'. Add a column with exactly this header (required columns: {2}).");

    public static readonly Message HeaderRepeated = new("import-header-repeated",
        "Tiêu đề cột '{0}' lặp lại (đã có ở {1}), nên không biết lấy cột nào. Hãy xoá hoặc đổi tên một trong hai cột.",
        "The column header '{0}' is repeated (already at {1}), so which column to read is unclear. Delete or rename one of them.");

    public static readonly Message DossierRowMissing = new("import-dossier-row-missing",
        "Trang HoSo chỉ có dòng tiêu đề. Hãy điền thông tin của hồ sơ vào dòng ngay dưới tiêu đề.",
        "The HoSo sheet has only its header row. Fill in the dossier's details on the row below it.");

    public static readonly Message DossierRowsMany = new("import-dossier-rows-many",
        "Trang HoSo có {0} dòng dữ liệu, nhưng mỗi hồ sơ chỉ có một dòng. Hãy tách mỗi hồ sơ ra một sổ làm việc riêng, hoặc xoá dòng thừa.",
        "The HoSo sheet has {0} rows of data, but a dossier has one. Put each dossier in a workbook of its own, or delete the extra rows.");

    public static readonly Message NameNeededForFolder = new("import-name-needed",
        "Tên đồ án để trống nên không đặt được tên thư mục content/quy-hoach/<tên>/. Hãy điền tên đồ án, hoặc chỉ ra thư mục bằng --output.",
        "The plan's name is empty, so there is no folder name for content/quy-hoach/<name>/. Fill in the name, or give the folder with --output.");

    public static readonly Message PlanExists = new("import-plan-exists",
        "Đã có {0}; lệnh này không bao giờ ghi đè. Hãy sửa tệp đó bằng tay, hoặc đổi tên/xoá nó rồi chạy lại, hoặc ghi vào thư mục khác bằng --output rồi so sánh.",
        "{0} already exists; this command never overwrites it. Edit that file by hand, or rename or delete it and run again, or write elsewhere with --output and compare.");

    public static readonly Message BoundaryMissing = new("import-boundary-missing",
        "Không tìm thấy tệp ranh giới {0}. Hãy kiểm tra đường dẫn sau --boundary.",
        "The boundary file {0} does not exist. Check the path after --boundary.");

    public static readonly Message BoundaryNotGeoJson = new("import-boundary-not-geojson",
        "{0} không phải GeoJSON (cần một đối tượng JSON có trường \"type\"): {1}. Hãy xuất lại lớp ranh giới RanhGioiQuyHoach_A dạng GeoJSON.",
        "{0} is not GeoJSON (a JSON object with a \"type\" member): {1}. Export the boundary layer RanhGioiQuyHoach_A as GeoJSON again.");

    public static readonly Message CrsInvalid = new("import-crs-invalid",
        "--crs '{0}' không hợp lệ. Hãy viết dạng EPSG:số, ví dụ EPSG:9210 (VN-2000, kinh tuyến trục 105°45′) hoặc EPSG:9209 (105°30′).",
        "--crs '{0}' is not valid. Write it as EPSG:number, e.g. EPSG:9210 (VN-2000, central meridian 105°45′) or EPSG:9209 (105°30′).");

    public static readonly Message WriteFailed = new("import-write-failed",
        "Không ghi được {0}: {1}. Hãy kiểm tra quyền ghi vào thư mục.",
        "{0} could not be written: {1}. Check that the folder is writable.");

    // ── What was not placed: reported, and listed at the top of plan.yml ───────────────────────────
    public static readonly Message ColumnNotPlaced = new("import-column-not-placed",
        "Cột '{0}' có giá trị '{1}' nhưng plan.yml không có trường cho nó, nên chưa được chép. Nếu cần, hãy tự đưa thông tin này vào trang của quy hoạch.",
        "The column '{0}' holds '{1}', which plan.yml has no field for, so it was not copied. Add it to the plan's page yourself if it matters.");

    public static readonly Message ColumnWithoutHeader = new("import-column-without-header",
        "Ô có giá trị '{0}' nhưng cột của nó không có tiêu đề, nên bị bỏ qua. Hãy thêm tiêu đề cho cột hoặc xoá giá trị.",
        "The cell holds '{0}' but its column has no header, so it was skipped. Give the column a header or delete the value.");

    public static readonly Message DrawingNotPlaced = new("import-drawing-not-placed",
        "Bản vẽ '{0}' chưa được nhập: plan.yml chưa có danh sách bản vẽ. Nó được ghi lại trong chú thích cuối plan.yml; nếu cần công bố, hãy thêm bản vẽ (tệp PDF) vào 'documents'.",
        "The drawing '{0}' was not imported: plan.yml has no list of drawings. It is listed in a comment at the end of plan.yml; to publish it, add the drawing (its PDF) to 'documents'.");

    public static readonly Message RequiredEmpty = new("import-required-empty",
        "Trường bắt buộc '{0}' của plan.yml chưa điền được vì ô '{1}' trống. Hãy điền vào plan.yml (hoặc vào sổ làm việc rồi nhập lại).",
        "The required plan.yml field '{0}' could not be filled: the cell '{1}' is empty. Fill it in plan.yml (or in the workbook and import again).");

    public static readonly Message RequiredNoColumn = new("import-required-no-column",
        "Trường bắt buộc '{0}' của plan.yml chưa điền được: trang HoSo không có cột '{1}'. Hãy điền vào plan.yml.",
        "The required plan.yml field '{0}' could not be filled: the HoSo sheet has no column '{1}'. Fill it in plan.yml.");

    public static readonly Message TypeUnknown = new("import-type-unknown",
        "Không nhận ra loại quy hoạch '{0}', nên chưa điền 'type'. Hãy ghi một trong: {1}; hoặc điền 'type' trong plan.yml (regional | city | general | zoning | detailed).",
        "The planning type '{0}' is not one the import knows, so 'type' is not filled. Write one of: {1}; or fill 'type' in plan.yml (regional | city | general | zoning | detailed).");

    public static readonly Message StatusUnknown = new("import-status-unknown",
        "Không nhận ra tình trạng '{0}', nên chưa điền 'status'. Hãy ghi một trong: {1}; hoặc điền 'status' trong plan.yml (in-preparation | consultation | approved | adjusted | superseded | expired).",
        "The status '{0}' is not one the import knows, so 'status' is not filled. Write one of: {1}; or fill 'status' in plan.yml (in-preparation | consultation | approved | adjusted | superseded | expired).");

    public static readonly Message DateUnreadable = new("import-date-unreadable",
        "Không đọc được ngày '{0}', nên chưa điền '{1}'. Hãy dùng ô kiểu ngày hoặc viết ngày/tháng/năm (ví dụ 30/03/2023) rồi nhập lại, hoặc điền vào plan.yml dạng năm-tháng-ngày.",
        "The date '{0}' cannot be read, so '{1}' is not filled. Use a date cell or write day/month/year (e.g. 30/03/2023) and import again, or fill it in plan.yml as year-month-day.");

    public static readonly Message ScaleUnreadable = new("import-scale-unreadable",
        "Tỷ lệ '{0}' không có dạng 1/N (ví dụ 1/2000), nên chưa điền 'scale'. Excel có thể đã đổi '1/2000' thành ngày: hãy định dạng ô là Văn bản (Text) rồi gõ lại.",
        "The scale '{0}' is not of the form 1/N (e.g. 1/2000), so 'scale' is not filled. Excel may have turned '1/2000' into a date: format the cell as Text and type it again.");

    public static readonly Message CrsUnclear = new("import-crs-unclear",
        "Hệ tọa độ '{0}' không chỉ rõ một mã EPSG, hay VN-2000 với kinh tuyến trục 105°45′ hoặc 105°30′, nên chưa điền 'boundary.crs'. Đừng đoán: hãy hỏi đơn vị lập hồ sơ, rồi điền 'crs' trong plan.yml hoặc chạy lại với --crs EPSG:….",
        "The coordinate system '{0}' names no single EPSG code, nor VN-2000 with the central meridian 105°45′ or 105°30′, so 'boundary.crs' is not filled. Do not guess: ask who made the dossier, then fill 'crs' in plan.yml or run again with --crs EPSG:….");

    public static readonly Message CrsMissing = new("import-crs-missing",
        "Chưa biết hệ tọa độ của ranh giới: không có --crs và ô '{0}' trống. Hãy điền 'crs' của 'boundary' trong plan.yml, hoặc chạy lại với --crs EPSG:….",
        "The boundary's coordinate system is unknown: no --crs was given and the cell '{0}' is empty. Fill the 'crs' of 'boundary' in plan.yml, or run again with --crs EPSG:….");

    public static readonly Message CrsDisagrees = new("import-crs-disagrees",
        "--crs {0} khác với hệ tọa độ sổ làm việc ghi ('{1}'); đã dùng {0} như đã chỉ ra. Hãy kiểm tra lại với đơn vị lập hồ sơ.",
        "--crs {0} differs from the coordinate system the workbook gives ('{1}'); {0} was used, as given. Check with who made the dossier.");

    public static readonly Message BoundaryNotGiven = new("import-boundary-not-given",
        "Chưa có ranh giới quy hoạch (không có --boundary). Hãy chạy lại với --boundary TỆP.geojson (lớp RanhGioiQuyHoach_A), hoặc đặt ranh-gioi.geojson cạnh plan.yml và điền 'boundary'.",
        "There is no plan boundary (no --boundary). Run again with --boundary FILE.geojson (the RanhGioiQuyHoach_A layer), or put ranh-gioi.geojson beside plan.yml and fill 'boundary'.");

    public static readonly Message DocumentTypeUnknown = new("import-document-type-unknown",
        "Không nhận ra loại văn bản '{0}', nên tài liệu này chưa có 'type'. Hãy điền 'type' của nó trong plan.yml (loại đã biết: {1}).",
        "The document type '{0}' is not one the import knows, so this document has no 'type'. Fill its 'type' in plan.yml (known: {1}).");

    public static readonly Message DocumentNoFile = new("import-document-no-file",
        "'{0}' không phải tên tệp (ví dụ .pdf) hay địa chỉ https://, nên tài liệu chưa có 'file' hay 'url'. Hãy đặt tệp cạnh plan.yml và ghi 'file:', hoặc ghi 'url:' của bản đã công bố.",
        "'{0}' is neither a file name (e.g. .pdf) nor an https:// address, so the document has no 'file' or 'url'. Put the file beside plan.yml and write 'file:', or write the 'url:' of the published copy.");

    public static readonly Message DocumentFileToCopy = new("import-document-file-to-copy",
        "Tài liệu ghi 'file: {0}'; lệnh không chép tệp tài liệu. Hãy đặt tệp này cạnh plan.yml.",
        "The document says 'file: {0}'; the import copies no document files. Put this file beside plan.yml.");

    public static readonly Message DossierCodeDiffers = new("import-dossier-code-differs",
        "Mã hồ sơ '{0}' khác mã ở trang HoSo ('{1}'): dòng này có thuộc hồ sơ khác không? Hãy kiểm tra; dòng vẫn được nhập.",
        "The dossier code '{0}' differs from the HoSo sheet's ('{1}'): does this row belong to another dossier? Check it; the row was imported anyway.");

    // ── The run's report and the comments in plan.yml ───────────────────────────────────────────────
    public static readonly Message Written = new("import-written",
        "Đã ghi {0}: {1} mục cần xem lại (ở trên, và trong chú thích đầu tệp). Ánh xạ theo Thông tư 16/2025/TT-BXD còn TẠM THỜI: hãy đối chiếu từng trường với hồ sơ gốc, thêm địa chỉ nguồn cho từng sự kiện và cho sổ làm việc, rồi chạy validate.",
        "Wrote {0}: {1} item(s) to review (above, and in the comments at the top of the file). The Circular 16/2025/TT-BXD mapping is PROVISIONAL: check every field against the original dossier, add the source address of each event and of the workbook, then run validate.");

    public static readonly Message BoundaryCopied = new("import-boundary-copied",
        "Đã chép ranh giới vào {0}.",
        "Copied the boundary to {0}.");

    public static readonly Message YamlHeader = new("import-yaml-header",
        "Tạo bởi 'portal import-plan' từ {0} ngày {1}. Ánh xạ theo Thông tư 16/2025/TT-BXD (Phụ lục II) còn TẠM THỜI: nó dựa trên một bài viết của bên thứ ba, chưa đối chiếu với chính thông tư. Hãy kiểm tra từng trường với hồ sơ gốc trước khi commit.",
        "Made by 'portal import-plan' from {0} on {1}. The Circular 16/2025/TT-BXD (Appendix II) mapping is PROVISIONAL: it follows a third-party write-up, not the circular itself. Check every field against the original dossier before committing.");

    public static readonly Message YamlToReview = new("import-yaml-to-review",
        "Cần xem lại ({0}):",
        "To review ({0}):");

    public static readonly Message YamlEventSource = new("import-yaml-event-source",
        "source: https://… <- hãy thêm địa chỉ công khai của quyết định: cổng không nhận sự kiện không có nguồn",
        "source: https://… <- add the decision's public address: the portal refuses an event without a source");

    public static readonly Message YamlWorkbookUrl = new("import-yaml-workbook-url",
        "url: https://… <- hãy điền địa chỉ công khai của sổ làm việc {0}",
        "url: https://… <- give the public address of the workbook {0}");

    public static readonly Message YamlCrsUnknown = new("import-yaml-crs-unknown",
        "crs: \"EPSG:…\" <- chưa rõ hệ tọa độ: cán bộ phải khai báo (không đoán)",
        "crs: \"EPSG:…\" <- coordinate system unclear: staff must declare it (never guessed)");

    public static readonly Message YamlBoundaryMissing = new("import-yaml-boundary-missing",
        "boundary: chưa có (chạy lại với --boundary, hoặc đặt ranh-gioi.geojson cạnh tệp này)",
        "boundary: none yet (run again with --boundary, or put ranh-gioi.geojson beside this file)");

    public static readonly Message YamlDrawings = new("import-yaml-drawings",
        "Bản vẽ của hồ sơ (trang BanVe). plan.yml chưa có danh sách bản vẽ, nên chúng chỉ được ghi lại ở đây:",
        "The dossier's drawings (sheet BanVe). plan.yml has no list of drawings, so they are only recorded here:");
}
