using HaiPhongUrban.Portal.Cli;
using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Kernel.Files;
using YamlDotNet.RepresentationModel;

namespace HaiPhongUrban.Portal.Tests.Sections.Planning.Import;

/// <summary><c>portal import-plan</c> end to end through <see cref="PortalCli.Run"/>, as staff run it from the repository's root.</summary>
public sealed class ImportPlanCommandTests : IDisposable
{
    private const string Boundary = """{"type":"FeatureCollection","features":[]}""";

    private readonly DirectoryInfo root = Directory.CreateTempSubdirectory("import-plan-");

    public void Dispose() => root.Delete(recursive: true);

    private string PlanFolder => Path.Combine(root.FullName, "content", "quy-hoach", DossierWorkbook.Slug);

    private (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = PortalCli.Run(["import-plan", .. args], root.FullName, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private string Workbook(DossierWorkbook? workbook = null) => Path.GetFileName((workbook ?? new DossierWorkbook()).Save(root.FullName));

    private string BoundaryFile(string text = Boundary)
    {
        File.WriteAllText(Path.Combine(root.FullName, "ranh-gioi-xuat.geojson"), text);
        return "ranh-gioi-xuat.geojson";
    }

    [Fact]
    public void Writes_plan_yml_in_the_plans_folder_copies_the_boundary_and_reports_what_it_left_out()
    {
        var (code, stdout, stderr) = Run(Workbook(), "--boundary", BoundaryFile());

        Assert.Equal(0, code);
        var diagnostics = new DiagnosticBag();
        Assert.NotNull(ReadYamlFile.Read(Path.Combine(PlanFolder, "plan.yml"), diagnostics)); // the portal's own strict reader: no tag, anchor, NFD or control character
        Assert.Empty(diagnostics.Sorted());
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(PlanFolder, "plan.yml"))));
        var plan = (YamlMappingNode)yaml.Documents[0].RootNode;
        Assert.Equal(DossierWorkbook.PlanName, ((YamlScalarNode)plan["name"]).Value);
        Assert.Equal("EPSG:9210", ((YamlScalarNode)((YamlMappingNode)plan["boundary"])["crs"]).Value);
        Assert.Equal(Boundary, File.ReadAllText(Path.Combine(PlanFolder, "ranh-gioi.geojson")));
        Assert.Contains($"HP-QHPK-2023-01.xlsx: HoSo!J2: warning: Cột 'Đơn vị tư vấn lập quy hoạch' có giá trị 'Viện Quy hoạch Hải Phòng'", stderr, StringComparison.Ordinal);
        Assert.Contains("HP-QHPK-2023-01.xlsx: BanVe!3:3: warning: Bản vẽ 'QH-02 Bản đồ quy hoạch sử dụng đất' chưa được nhập", stderr, StringComparison.Ordinal);
        Assert.Contains($"Đã ghi content/quy-hoach/{DossierWorkbook.Slug}/plan.yml: ", stdout, StringComparison.Ordinal);
        Assert.Contains("TẠM THỜI", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void An_existing_plan_yml_is_never_overwritten()
    {
        var workbook = Workbook();
        Assert.Equal(0, Run(workbook).Code);
        var planPath = Path.Combine(PlanFolder, "plan.yml");
        File.WriteAllText(planPath, "name: edited by staff\n");

        var (code, _, stderr) = Run(workbook, "--lang", "en");

        Assert.Equal(1, code);
        Assert.Equal("name: edited by staff\n", File.ReadAllText(planPath));
        Assert.Contains($"content/quy-hoach/{DossierWorkbook.Slug}/plan.yml: error: content/quy-hoach/{DossierWorkbook.Slug}/plan.yml already exists; this command never overwrites it.", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_sheet_exits_one_names_the_sheet_and_writes_nothing()
    {
        var workbook = new DossierWorkbook();
        workbook.Sheets.Remove("BanVe");

        var (code, stdout, stderr) = Run(Workbook(workbook), "--boundary", BoundaryFile());

        Assert.Equal(1, code);
        Assert.Equal("HP-QHPK-2023-01.xlsx: error: Sổ làm việc không có trang tính 'BanVe' (chỉ có: HoSo, VanBan).", stderr.Split(" Hồ sơ theo")[0]);
        Assert.Empty(stdout);
        Assert.False(Directory.Exists(Path.Combine(root.FullName, "content")));
    }

    [Fact]
    public void A_file_that_is_not_an_xlsx_is_refused_in_english_without_a_stack_trace()
    {
        File.WriteAllText(Path.Combine(root.FullName, "ho-so.xlsx"), "Mã hồ sơ;Tên đồ án\n");

        var (code, _, stderr) = Run("ho-so.xlsx", "--lang", "en");

        Assert.Equal(1, code);
        Assert.StartsWith("ho-so.xlsx: error: ho-so.xlsx is not an Excel .xlsx workbook", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_header_is_named_with_its_row()
    {
        var workbook = new DossierWorkbook();
        workbook.Dossier.Remove("Tên đồ án");

        var (code, _, stderr) = Run(Workbook(workbook), "--lang", "en");

        Assert.Equal(1, code);
        Assert.StartsWith("HP-QHPK-2023-01.xlsx: HoSo!1:1: error: The header row of the sheet HoSo has no column 'Tên đồ án'.", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_names_the_folder_and_an_unclear_crs_is_left_for_staff()
    {
        var workbook = new DossierWorkbook();
        workbook.Dossier["Hệ tọa độ"] = "VN-2000";

        var (code, _, stderr) = Run(Workbook(workbook), "--boundary", BoundaryFile(), "--output", "nhap-thu");

        Assert.Equal(0, code);
        var yaml = File.ReadAllText(Path.Combine(root.FullName, "nhap-thu", "plan.yml"));
        Assert.Contains("boundary:\n  file: ranh-gioi.geojson\n  # crs: \"EPSG:…\"", yaml, StringComparison.Ordinal);
        Assert.Contains("HoSo!M2: warning: Hệ tọa độ 'VN-2000' không chỉ rõ một mã EPSG", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(root.FullName, "content")));
    }

    [Theory]
    [InlineData("9210")]
    [InlineData("EPSG:abc")]
    public void A_crs_option_not_written_as_an_epsg_code_is_refused(string crs)
    {
        var (code, _, stderr) = Run(Workbook(), "--boundary", BoundaryFile(), "--crs", crs);

        Assert.Equal(1, code);
        Assert.StartsWith($"error: --crs '{crs}' không hợp lệ.", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(root.FullName, "content")));
    }

    [Fact]
    public void A_boundary_that_is_not_geojson_is_refused_before_anything_is_written()
    {
        var (code, _, stderr) = Run(Workbook(), "--boundary", BoundaryFile("<kml/>"));

        Assert.Equal(1, code);
        Assert.Contains("ranh-gioi-xuat.geojson: error: ranh-gioi-xuat.geojson không phải GeoJSON", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(root.FullName, "content")));
    }

    [Fact]
    public void The_help_says_in_either_language_that_the_mapping_is_provisional()
    {
        var vietnamese = new StringWriter();
        var english = new StringWriter();
        PortalCli.Run(["import-plan", "--help"], root.FullName, vietnamese, new StringWriter());
        PortalCli.Run(["import-plan", "--help", "--lang", "en"], root.FullName, english, new StringWriter());

        Assert.Contains("TẠM THỜI", vietnamese.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("PROVISIONAL", vietnamese.ToString(), StringComparison.Ordinal);
        Assert.Contains("PROVISIONAL", english.ToString(), StringComparison.Ordinal);
        Assert.Contains("--boundary", vietnamese.ToString(), StringComparison.Ordinal);
    }
}
