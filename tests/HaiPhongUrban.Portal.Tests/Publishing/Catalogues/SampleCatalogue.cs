using HaiPhongUrban.Portal.Sections.Topics.Model;
using HaiPhongUrban.Portal.Kernel.Tables;
using HaiPhongUrban.Portal.Model;
using HaiPhongUrban.Portal.Sections.Datasets.Model;
using HaiPhongUrban.Portal.Sections.Datasets.Publishing;
using System.Security.Cryptography;
using System.Text;

namespace HaiPhongUrban.Portal.Tests.Publishing.Catalogues;

/// <summary>
/// Typed inputs for the catalogue tests, independent of the loading and download stages: a dataset
/// of task groups with two resources (a date column, a foreign key inside the dataset and one into
/// the other dataset) and a dataset of documents that the second key points at.
/// </summary>
internal static class SampleCatalogue
{
    public const string BaseUrl = "https://du-lieu.example.vn/";

    public static readonly License CcBy = new("Creative Commons Ghi công 4.0 Quốc tế (CC BY 4.0)", "https://creativecommons.org/licenses/by/4.0/deed.vi");

    public static CatalogueContext Context(string baseUrl = BaseUrl) => new(
        baseUrl,
        "Cổng thông tin quy hoạch đô thị Hải Phòng",
        "Toàn văn Kết luận và dữ liệu mở về quy hoạch đô thị Hải Phòng.",
        "vi",
        new Agent("Nhóm biên tập Cổng thông tin", "https://example.vn/gioi-thieu/"),
        new ContactPoint("Nhóm biên tập", "lien-he@example.vn", "https://example.vn/lien-he/"),
        CcBy,
        new Dictionary<DownloadFormat, FormatWording>
        {
            [DownloadFormat.Csv] = new("CSV", "CSV theo RFC 4180, UTF-8 không BOM."),
            [DownloadFormat.CsvForExcel] = new("CSV cho Excel", "CSV UTF-8 có BOM, mở bằng Excel."),
            [DownloadFormat.Json] = new("JSON", "Mảng đối tượng JSON."),
            [DownloadFormat.Xlsx] = new("Excel (XLSX)", "Bảng tính XLSX."),
        });

    public static IReadOnlyList<PublishedDataset> All() => [TaskGroups(), Documents()];

    public static PublishedDataset TaskGroups()
    {
        var groups = new DataResource(
            "nhom-nhiem-vu",
            "Nhóm nhiệm vụ",
            "Các nhóm nhiệm vụ, giải pháp của Kết luận.",
            new TableSchema(
                [
                    Field("ma", "Mã", FieldType.String, required: true, unique: true),
                    Field("ten", "Tên nhóm nhiệm vụ", FieldType.String, required: true),
                    Field("han-chot", "Hạn chót", FieldType.Date),
                    Field("trang-thai", "Trạng thái", FieldType.String, values: ["chua-co-bao-cao", "dang-thuc-hien", "hoan-thanh"]),
                    Field("co-bao-cao", "Đã có báo cáo", FieldType.Boolean, values: ["true", "false"]),
                ],
                ["ma"],
                []),
            Rows());
        var updates = new DataResource(
            "cap-nhat-tien-do",
            "Cập nhật tiến độ",
            "Mỗi dòng là một lần cập nhật tiến độ của một nhóm nhiệm vụ.",
            new TableSchema(
                [
                    Field("ma-nhiem-vu", "Mã nhóm nhiệm vụ", FieldType.String, required: true),
                    Field("ngay", "Ngày cập nhật", FieldType.Date, required: true),
                    Field("so-hieu-van-ban", "Số hiệu văn bản", FieldType.String),
                    Field("so-dong", "Số dòng", FieldType.Integer),
                ],
                ["ma-nhiem-vu", "ngay"],
                [
                    new ForeignKey("ma-nhiem-vu", "nhom-nhiem-vu", "ma"),
                    new ForeignKey("so-hieu-van-ban", "van-ban", "so-hieu"),
                ]),
            Rows());

        var dataset = Dataset(
            "nhiem-vu",
            "Nhiệm vụ và tiến độ thực hiện",
            "Các nhóm nhiệm vụ của Kết luận và tiến độ thực hiện; chưa có báo cáo tiến độ nào được công bố.",
            [groups, updates]) with
        {
            Rights = "Lời văn chính thức của Kết luận không thuộc phạm vi giấy phép CC BY 4.0.",
            Themes = [new Topic("quy-hoach", "Quy hoạch"), new Topic("do-thi", "Đô thị")],
            Frequency = UpdateFrequency.Irregular,
            TemporalStart = new DateOnly(2012, 1, 1),
            TemporalEnd = new DateOnly(2050, 12, 31),
        };
        return Publish(dataset);
    }

    public static PublishedDataset Documents()
    {
        var documents = new DataResource(
            "van-ban",
            "Văn bản liên quan",
            "Các văn bản mà Kết luận nêu tên.",
            new TableSchema(
                [
                    Field("so-hieu", "Số hiệu", FieldType.String, required: true, unique: true),
                    Field("ten", "Tên văn bản", FieldType.String, required: true),
                    Field("ngay-ban-hanh", "Ngày ban hành", FieldType.Date),
                ],
                ["so-hieu"],
                []),
            Rows());
        return Publish(Dataset("van-ban", "Văn bản liên quan", "Sổ đăng ký các văn bản Kết luận nêu tên.", [documents]));
    }

    /// <summary>
    /// A dataset of one generated file (a GeoJSON of plan boundaries another section would make) with its
    /// extent, and no table. Not in <see cref="All"/>, whose counts the table tests rely on.
    /// </summary>
    public static PublishedDataset Plans()
    {
        var source = new FileSource("plan-boundaries", "geojson", "application/geo+json", "GeoJSON", "GEOJSON", _ => [], _ => PlansBox);
        var file = new DataFile("ranh-gioi-quy-hoach", "Ranh giới quy hoạch", "Ranh giới các đồ án quy hoạch.", source);
        var dataset = Dataset("danh-muc-quy-hoach", "Danh mục quy hoạch", "Các đồ án quy hoạch và ranh giới của chúng.", []) with { Files = [file] };
        var url = DatasetRoutes.File(dataset.Slug, file.Name, source.Extension);
        var written = File(url, source.MediaType, DownloadFormat.Json);
        return Publish(dataset) with { Files = [new PublishedFile(file, url, written.Bytes, written.Sha256, PlansBox)] };
    }

    public static readonly GeoBox PlansBox = new(106.4, 20.55, 107.1, 21.0);

    public static PublishedDataset WithContact(PublishedDataset published, ContactPoint contact) =>
        published with { Dataset = published.Dataset with { Contact = contact } };

    public static PublishedDataset WithFrequency(PublishedDataset published, UpdateFrequency frequency) =>
        published with { Dataset = published.Dataset with { Frequency = frequency } };

    public static IReadOnlyList<Download> AllDownloads(IEnumerable<PublishedDataset> datasets) =>
        datasets.SelectMany(p => p.Resources.SelectMany(r => r.Downloads.Append(r.Schema)).Append(p.DataPackage)).ToList();

    private static Dataset Dataset(string slug, string title, string description, IReadOnlyList<DataResource> resources) => new(
        slug,
        title,
        description,
        new Agent("Nhóm biên tập Cổng thông tin", "https://example.vn/gioi-thieu/"),
        new ContactPoint("Nhóm biên tập", "lien-he@example.vn", ""),
        CcBy,
        "",
        ["quy hoạch", "Hải Phòng", "Nghị quyết 04-NQ/TU"],
        [],
        new DateOnly(2026, 11, 1),
        new DateOnly(2026, 11, 20),
        UpdateFrequency.Never,
        null,
        null,
        "Thành phố Hải Phòng",
        new Agent("Kết luận của Ban Chấp hành Đảng bộ thành phố Hải Phòng", ""),
        [],
        resources,
        $"content/datasets/{slug}/dataset.yml");

    /// <summary>The files the download stage would have written, with made-up but well-formed sizes and checksums.</summary>
    private static PublishedDataset Publish(Dataset dataset)
    {
        var resources = dataset.Resources.Select(resource => new PublishedResource(
            resource,
            0,
            [],
            Enum.GetValues<DownloadFormat>().Select(format => File(DatasetRoutes.Download(dataset.Slug, resource.Name, format), MediaType(format), format)).ToList(),
            File(DatasetRoutes.TableSchema(dataset.Slug, resource.Name), "application/json", DownloadFormat.Json))).ToList();
        return new PublishedDataset(dataset, resources, File(DatasetRoutes.DatasetPackage(dataset.Slug), "application/json", DownloadFormat.Json));
    }

    private static Download File(string url, string mediaType, DownloadFormat format)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(url));
        return new Download(format, url, mediaType, 1000 + url.Length, Convert.ToHexStringLower(hash));
    }

    private static string MediaType(DownloadFormat format) => format switch
    {
        DownloadFormat.Csv or DownloadFormat.CsvForExcel => "text/csv; charset=utf-8",
        DownloadFormat.Json => "application/json",
        _ => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    };

    private static TableField Field(
        string name, string title, FieldType type, bool required = false, bool unique = false, IReadOnlyList<string>? values = null) =>
        new(name, title, type, $"Cột {title.ToLowerInvariant()}.", required, unique, values ?? []);

    private static InMemoryRows Rows() => new([]);
}
