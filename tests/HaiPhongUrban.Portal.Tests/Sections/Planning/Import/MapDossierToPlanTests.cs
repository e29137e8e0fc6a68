using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Sections.Planning.Import;

namespace HaiPhongUrban.Portal.Tests.Sections.Planning.Import;

/// <summary>Each column to its plan.yml field, and every value, drawing and required field the mapping could not place reported at its cell.</summary>
public sealed class MapDossierToPlanTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 12, 2);

    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("dossier-map-");

    public void Dispose() => folder.Delete(recursive: true);

    private PlanImport Map(DossierWorkbook workbook, string? crs = null, bool hasBoundary = true) =>
        MapDossierToPlan.Map(ReadDossierWorkbook.Read(workbook.Save(folder.FullName)), crs, hasBoundary, Today);

    private static IEnumerable<string> Notes(PlanImport import, Message wording) =>
        import.Notes.Where(n => n.Wording == wording).Select(n => n.Place);

    [Fact]
    public void Each_column_fills_its_field()
    {
        var plan = Map(new DossierWorkbook()).Plan;

        Assert.Equal(DossierWorkbook.PlanName, plan.Name);
        Assert.Equal("zoning", plan.Type);
        Assert.Equal("approved", plan.Status);
        Assert.Equal("1/2000", plan.Scale);
        Assert.Equal("Quận Hồng Bàng và huyện Thủy Nguyên, thành phố Hải Phòng", plan.Location);
        Assert.Equal(DossierWorkbook.Code, plan.DossierCode);
        Assert.Equal("QH-HP-0001", plan.PlanningInformationCode);
        Assert.Equal(new PlanDecision("2345/QĐ-UBND", new DateOnly(2023, 3, 30), "Ủy ban nhân dân thành phố Hải Phòng"), plan.Approval);
        Assert.Equal(new PlanDecision("1234/QĐ-UBND", new DateOnly(2021, 5, 12), null), plan.TaskApproval);
        Assert.Equal("EPSG:9210", plan.Crs);
        Assert.Equal([new PlanEvent("task-approved", new DateOnly(2021, 5, 12), "HoSo!G2"), new PlanEvent("approved", new DateOnly(2023, 3, 30), "HoSo!I2")], plan.Events);
        Assert.Equal(DossierWorkbook.Code + ".xlsx", plan.SourceFile);
        Assert.Equal(Today, plan.Retrieved);
    }

    [Fact]
    public void Documents_come_from_the_VanBan_rows()
    {
        var plan = Map(new DossierWorkbook()).Plan;

        Assert.Equal(
            [
                new PlanDocument("decision", "Quyết định phê duyệt quy hoạch phân khu", "2345/QĐ-UBND", new DateOnly(2023, 3, 30), "QD-2345.pdf", null, "VanBan!2:2"),
                new PlanDocument(null, "Thuyết minh tổng hợp", null, new DateOnly(2023, 3, 1), null, null, "VanBan!3:3"),
            ],
            plan.Documents);
    }

    [Fact]
    public void Every_column_with_a_value_and_no_field_is_reported_at_its_cell()
    {
        var import = Map(new DossierWorkbook());

        Assert.Equal(["HoSo!J2", "HoSo!O2", "HoSo!P2", "HoSo!Q2", "HoSo!R2", "HoSo!S2", "VanBan!F2", "VanBan!H2", "VanBan!I2", "VanBan!I3"], Notes(import, ImportMessages.ColumnNotPlaced));
        Assert.Contains(import.Notes, n => n.Place == "HoSo!J2" && n.Arguments.SequenceEqual(["Đơn vị tư vấn lập quy hoạch", "Viện Quy hoạch Hải Phòng"]));
    }

    [Fact]
    public void Every_drawing_is_reported_and_kept_for_the_comment_block()
    {
        var import = Map(new DossierWorkbook());

        Assert.Equal(["BanVe!2:2", "BanVe!3:3"], Notes(import, ImportMessages.DrawingNotPlaced));
        Assert.Equal("BanVe!2:2: QH-01 · Vị trí · Sơ đồ vị trí và giới hạn khu đất · 1 · BanVe · 1/10000", import.Plan.Drawings[0]);
    }

    [Fact]
    public void A_document_reference_that_is_no_file_and_a_type_it_does_not_know_are_reported()
    {
        var import = Map(new DossierWorkbook());

        Assert.Equal(["VanBan!B3"], Notes(import, ImportMessages.DocumentNoFile));
        Assert.Equal(["VanBan!D3"], Notes(import, ImportMessages.DocumentTypeUnknown));
        Assert.Equal(["VanBan!B2"], Notes(import, ImportMessages.DocumentFileToCopy));
    }

    [Theory]
    [InlineData("Quy hoạch phân khu", "zoning")]
    [InlineData("phân khu", "zoning")]
    [InlineData("QUY HOẠCH CHI TIẾT", "detailed")]
    [InlineData("Quy hoạch chung", "general")]
    [InlineData("Quy hoạch vùng", "regional")]
    [InlineData("Quy hoạch tỉnh/thành phố", "city")]
    public void Known_type_wordings_map(string wording, string expected)
    {
        var workbook = new DossierWorkbook();
        workbook.Dossier["Loại quy hoạch"] = wording;

        Assert.Equal(expected, Map(workbook).Plan.Type);
    }

    [Fact]
    public void An_unknown_type_wording_is_left_out_and_reported_at_its_cell_with_the_wordings_known()
    {
        var workbook = new DossierWorkbook();
        workbook.Dossier["Loại quy hoạch"] = "Quy hoạch chung đô thị mới";

        var import = Map(workbook);

        Assert.Null(import.Plan.Type);
        var note = Assert.Single(import.Notes, n => n.Wording == ImportMessages.TypeUnknown);
        Assert.Equal("HoSo!D2", note.Place);
        Assert.Equal("Quy hoạch chung đô thị mới", note.Arguments[0]);
        Assert.Contains("phân khu", note.Arguments[1], StringComparison.Ordinal);
        Assert.StartsWith("Không nhận ra loại quy hoạch 'Quy hoạch chung đô thị mới'", note.Text(UiLanguage.Vietnamese), StringComparison.Ordinal);
    }

    [Fact]
    public void A_status_with_two_meanings_is_not_guessed()
    {
        var workbook = new DossierWorkbook();
        workbook.Dossier["Tình trạng"] = "Còn hiệu lực";

        var import = Map(workbook);

        Assert.Null(import.Plan.Status);
        Assert.Equal(["HoSo!L2"], Notes(import, ImportMessages.StatusUnknown));
    }

    [Fact]
    public void An_empty_location_and_an_approved_plan_without_its_decision_are_reported_as_required()
    {
        var workbook = new DossierWorkbook();
        workbook.Dossier["Địa điểm"] = "  ";
        workbook.Dossier["Số QĐ phê duyệt quy hoạch"] = null;

        var import = Map(workbook);

        Assert.Null(import.Plan.Location);
        Assert.Null(import.Plan.Approval.Decision);
        Assert.Equal(["HoSo!H2", "HoSo!N2"], Notes(import, ImportMessages.RequiredEmpty).Order(StringComparer.Ordinal));
        Assert.Contains(import.Notes, n => n.Place == "HoSo!N2" && n.Arguments[0] == "location");
    }

    [Fact]
    public void A_plan_in_preparation_needs_no_approval()
    {
        var workbook = new DossierWorkbook();
        workbook.Dossier["Tình trạng"] = "Đang lập";
        workbook.Dossier["Số QĐ phê duyệt quy hoạch"] = null;
        workbook.Dossier["Ngày QĐ phê duyệt quy hoạch"] = null;
        workbook.Dossier["Đơn vị ra QĐ phê duyệt"] = null;

        var import = Map(workbook);

        Assert.Equal("in-preparation", import.Plan.Status);
        Assert.Empty(Notes(import, ImportMessages.RequiredEmpty));
        Assert.Equal(["task-approved"], import.Plan.Events.Select(e => e.Event));
    }

    [Fact]
    public void An_unreadable_date_and_a_scale_Excel_turned_into_a_date_are_reported()
    {
        var workbook = new DossierWorkbook();
        workbook.Dossier["Ngày QĐ phê duyệt quy hoạch"] = "tháng 3 năm 2023";
        workbook.Dossier["Tỷ lệ"] = new DateTime(2000, 1, 1);

        var import = Map(workbook);

        Assert.Null(import.Plan.Approval.Date);
        Assert.Null(import.Plan.Scale);
        Assert.Equal(["HoSo!I2"], Notes(import, ImportMessages.DateUnreadable));
        Assert.Equal(["HoSo!E2"], Notes(import, ImportMessages.ScaleUnreadable));
        Assert.DoesNotContain(import.Plan.Events, e => e.Event == "approved");
    }

    [Fact]
    public void An_unclear_coordinate_system_is_left_for_staff_and_reported()
    {
        var workbook = new DossierWorkbook();
        workbook.Dossier["Hệ tọa độ"] = "VN-2000";

        var import = Map(workbook);

        Assert.Null(import.Plan.Crs);
        Assert.Equal(["HoSo!M2"], Notes(import, ImportMessages.CrsUnclear));
    }

    [Fact]
    public void The_crs_option_wins_and_a_disagreement_is_reported()
    {
        var import = Map(new DossierWorkbook(), crs: "EPSG:9209");

        Assert.Equal("EPSG:9209", import.Plan.Crs);
        Assert.Equal(["HoSo!M2"], Notes(import, ImportMessages.CrsDisagrees));
    }

    [Fact]
    public void No_boundary_is_reported()
    {
        var import = Map(new DossierWorkbook(), hasBoundary: false);

        Assert.False(import.Plan.HasBoundary);
        Assert.Single(import.Notes, n => n.Wording == ImportMessages.BoundaryNotGiven);
    }
}
