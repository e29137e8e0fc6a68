using HaiPhongUrban.Portal.Kernel.Tables;

namespace HaiPhongUrban.Portal.Tests.Publishing.Downloads;

/// <summary>
/// One table that exercises every download rule: Vietnamese text, commas, quotes, an embedded CRLF, text that
/// a spreadsheet would run as a formula, edge spaces, negative and zero-padded numbers, and an empty optional
/// cell in every column.
/// </summary>
public static class DownloadFixture
{
    public static readonly DateOnly Modified = new(2024, 5, 17);

    public const string SheetTitle = "Công trình xây dựng: quý 1/2024 [bản chính thức]";

    public static readonly TableSchema Schema = new(
        [
            Field("ten", FieldType.String),
            Field("so_tang", FieldType.Integer),
            Field("dien_tich", FieldType.Number),
            Field("ngay_cap_phep", FieldType.Date),
            Field("hoan_thanh", FieldType.Boolean),
        ],
        PrimaryKey: [],
        ForeignKeys: []);

    public static readonly IReadOnlyList<TableRow> Rows =
    [
        Row(2, "Nhà văn hoá phường Lạch Tray", "3", "-5", "2024-01-15", "true"),
        Row(3, "Chợ Sắt, Hồng Bàng", "12", "1.50", "2023-12-31", "0"),
        Row(4, "Cầu \"Rào\" mới", "-3", "0.25", "2024-02-29", "FALSE"),
        Row(5, "dòng một\r\ndòng hai", "0", "1250000", "2020-06-01", "1"),
        Row(6, "=SUM(A1)", "1", "-0.5", "2024-03-01", "True"),
        Row(7, "+1", "2", "7", "2024-03-02", "false"),
        Row(8, "-x", "4", "-12.75", "2024-03-03", "TRUE"),
        Row(9, "@cmd", "5", "3.0", "2024-03-04", "False"),
        Row(10, "\tx", "6", "8", "2024-03-05", "true"),
        Row(11, "  khoảng trắng hai đầu  ", "7", "9", "2024-03-06", "false"),
        Row(12, "", "", "", "", ""),
    ];

    public static IReadOnlyList<string> Names => Schema.Fields.Select(f => f.Name).ToList();

    /// <summary>Rows that can be read only once, so a writer that enumerates twice fails the test.</summary>
    public static IEnumerable<TableRow> OnePass() => new OnePassRows(Rows);

    public static TableField Field(string name, FieldType type) =>
        new(name, Title: name, type, Description: "", Required: false, Unique: false, Enum: []);

    public static TableRow Row(int line, params string[] cells) => new(line, cells);

    /// <summary>The text each cell of the CSV for Excel must hold: string columns neutralised, the rest as written.</summary>
    public static string Neutralised(int column, string text) =>
        Schema.Fields[column].Type == FieldType.String
            ? Portal.Kernel.Downloads.FormulaNeutraliser.Neutralise(text)
            : text;
}
