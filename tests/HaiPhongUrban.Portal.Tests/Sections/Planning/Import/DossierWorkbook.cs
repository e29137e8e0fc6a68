using SpreadCheetah;

namespace HaiPhongUrban.Portal.Tests.Sections.Planning.Import;

/// <summary>
/// A real dossier workbook written with SpreadCheetah, as a consultant's Excel would give it: three sheets
/// with the Vietnamese headers of Circular 16/2025/TT-BXD (Appendix II), the task's approval date as a date
/// cell and the plan's as text "30/03/2023". Each test changes only what it is about.
/// </summary>
internal sealed class DossierWorkbook
{
    public static readonly string[] DossierHeaders =
    [
        "Mã hồ sơ", "Mã thông tin quy hoạch", "Tên đồ án", "Loại quy hoạch", "Tỷ lệ", "Số QĐ phê duyệt nhiệm vụ",
        "Ngày QĐ phê duyệt nhiệm vụ", "Số QĐ phê duyệt quy hoạch", "Ngày QĐ phê duyệt quy hoạch", "Đơn vị tư vấn lập quy hoạch",
        "Đơn vị ra QĐ phê duyệt", "Tình trạng", "Hệ tọa độ", "Địa điểm", "Chủ đầu tư", "Thư mục", "Có HoSoBASIC", "Có HoSoGIS",
        "Từ khóa", "Ghi chú",
    ];

    public static readonly string[] DrawingHeaders = ["mã hồ sơ", "số hiệu bản vẽ", "tên rút gọn", "tên bản vẽ", "số tờ", "tên thư mục", "tỷ lệ", "ghi chú"];

    public static readonly string[] DocumentHeaders = ["mã hồ sơ", "mã văn bản/tên file", "tên văn bản", "loại văn bản", "số hiệu văn bản", "trích yếu", "ngày ký", "đơn vị ban hành", "số trang", "ghi chú"];

    public const string Code = "HP-QHPK-2023-01";

    /// <summary>A name with ':', '#' and double quotes, which a careless YAML writer would break.</summary>
    public const string PlanName = "Quy hoạch phân khu: khu đô thị # mới \"Bắc sông Cấm\"";

    public const string Slug = "quy-hoach-phan-khu-khu-do-thi-moi-bac-song-cam";

    public Dictionary<string, object?> Dossier { get; } = new(StringComparer.Ordinal)
    {
        ["Mã hồ sơ"] = Code,
        ["Mã thông tin quy hoạch"] = "QH-HP-0001",
        ["Tên đồ án"] = PlanName,
        ["Loại quy hoạch"] = "Quy hoạch phân khu",
        ["Tỷ lệ"] = "1/2000",
        ["Số QĐ phê duyệt nhiệm vụ"] = "1234/QĐ-UBND",
        ["Ngày QĐ phê duyệt nhiệm vụ"] = new DateTime(2021, 5, 12),
        ["Số QĐ phê duyệt quy hoạch"] = "2345/QĐ-UBND",
        ["Ngày QĐ phê duyệt quy hoạch"] = "30/03/2023",
        ["Đơn vị tư vấn lập quy hoạch"] = "Viện Quy hoạch Hải Phòng",
        ["Đơn vị ra QĐ phê duyệt"] = "Ủy ban nhân dân thành phố Hải Phòng",
        ["Tình trạng"] = "Đã phê duyệt",
        ["Hệ tọa độ"] = "VN-2000, kinh tuyến trục 105°45′, múi chiếu 3°",
        ["Địa điểm"] = "Quận Hồng Bàng và huyện Thủy Nguyên, thành phố Hải Phòng",
        ["Chủ đầu tư"] = "Sở Xây dựng",
        ["Thư mục"] = Code,
        ["Có HoSoBASIC"] = "Có",
        ["Có HoSoGIS"] = "Có",
        ["Từ khóa"] = "đô thị; phân khu",
        ["Ghi chú"] = null,
    };

    public List<object?[]> Drawings { get; } =
    [
        [Code, "QH-01", "Vị trí", "Sơ đồ vị trí và giới hạn khu đất", 1, "BanVe", "1/10000", null],
        [Code, "QH-02", "Sử dụng đất", "Bản đồ quy hoạch sử dụng đất", 1, "BanVe", "1/2000", null],
    ];

    public List<object?[]> Documents { get; } =
    [
        [Code, "QD-2345.pdf", "Quyết định phê duyệt quy hoạch phân khu", "Quyết định", "2345/QĐ-UBND", "Về việc phê duyệt quy hoạch", "30/03/2023", "UBND thành phố", 12, null],
        [Code, "TM-01", "Thuyết minh tổng hợp", "Phụ lục", null, null, new DateTime(2023, 3, 1), null, 150, null],
    ];

    /// <summary>The sheets written, in order; a test removes one to see it refused.</summary>
    public List<string> Sheets { get; } = ["HoSo", "BanVe", "VanBan"];

    /// <summary>A sheet's name as written, when a test writes it otherwise ("HOSO").</summary>
    public Dictionary<string, string> WrittenNames { get; } = new(StringComparer.Ordinal);

    /// <summary>Extra rows of HoSo after the first (a second dossier).</summary>
    public List<object?[]> MoreDossierRows { get; } = [];

    public string Save(string folder, string fileName = Code + ".xlsx")
    {
        var path = Path.Combine(folder, fileName);
        using var file = File.Create(path);
        Task.Run(() => WriteAsync(file)).GetAwaiter().GetResult();
        return path;
    }

    private async Task WriteAsync(Stream stream)
    {
        await using var spreadsheet = await Spreadsheet.CreateNewAsync(stream);
        foreach (var sheet in Sheets)
        {
            await spreadsheet.StartWorksheetAsync(WrittenNames.GetValueOrDefault(sheet, sheet));
            var (headers, rows) = sheet switch
            {
                "HoSo" => (Dossier.Keys.ToArray(), new List<object?[]> { Dossier.Values.ToArray() }.Concat(MoreDossierRows).ToList()),
                "BanVe" => (DrawingHeaders, Drawings),
                _ => (DocumentHeaders, Documents),
            };
            await spreadsheet.AddRowAsync(headers.Select(h => new DataCell(h)).ToArray());
            foreach (var row in rows)
            {
                await spreadsheet.AddRowAsync(row.Select(Cell).ToArray());
            }
        }

        await spreadsheet.FinishAsync();
    }

    private static DataCell Cell(object? value) => value switch
    {
        null => new DataCell((string?)null),
        string text => new DataCell(text),
        int number => new DataCell(number),
        double number => new DataCell(number),
        DateTime date => new DataCell(date),
        _ => throw new ArgumentException($"No cell for {value.GetType()}"),
    };
}
