using HaiPhongUrban.Portal.Sections.Planning.Import;

namespace HaiPhongUrban.Portal.Tests.Sections.Planning.Import;

/// <summary>A real workbook read back: cells at their Excel addresses, dates both ways, and each kind of bad input refused by name.</summary>
public sealed class ReadDossierWorkbookTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("dossier-read-");

    public void Dispose() => folder.Delete(recursive: true);

    [Fact]
    public void Reads_the_one_dossier_row_with_each_cell_at_its_address()
    {
        var record = ReadDossierWorkbook.Read(new DossierWorkbook().Save(folder.FullName));

        Assert.Equal(2, record.Dossier.Number);
        Assert.Equal("HoSo!C2", record.Dossier.Cell("Tên đồ án")!.Address);
        Assert.Equal(DossierWorkbook.PlanName, record.Dossier.Text("Tên đồ án"));
        Assert.Equal("HoSo!M2", record.Dossier.Cell("Hệ toạ độ")!.Address); // the old place of the tone mark matches too
        Assert.Equal(["BanVe!2:2", "BanVe!3:3"], record.Drawings.Rows.Select(r => r.Address));
        Assert.Equal("150", record.Documents.Rows[1].Text("số trang"));
    }

    [Fact]
    public void A_date_cell_and_a_text_date_are_both_dates()
    {
        var record = ReadDossierWorkbook.Read(new DossierWorkbook().Save(folder.FullName));

        var dateCell = record.Dossier.Cell("Ngày QĐ phê duyệt nhiệm vụ")!.Value;
        var textDate = record.Dossier.Cell("Ngày QĐ phê duyệt quy hoạch")!.Value;
        Assert.IsType<DateTime>(dateCell);
        Assert.IsType<string>(textDate);
        Assert.Equal(new DateOnly(2021, 5, 12), DossierDate.Parse(dateCell));
        Assert.Equal(new DateOnly(2023, 3, 30), DossierDate.Parse(textDate));
    }

    [Theory]
    [InlineData("30/03/2023", "2023-03-30")]
    [InlineData("3/4/2023", "2023-04-03")] // day first, always
    [InlineData("30-03-2023", "2023-03-30")]
    [InlineData("2023-03-30", "2023-03-30")]
    [InlineData(45015.0, "2023-03-30")] // a date cell that lost its format
    [InlineData("31/02/2023", null)]
    [InlineData("03/30/2023", null)]
    [InlineData("tháng 3/2023", null)]
    [InlineData(1.5, null)]
    public void Dates_are_read_day_first_and_never_guessed(object value, string? expected)
    {
        Assert.Equal(expected, DossierDate.Parse(value)?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void An_empty_row_is_skipped_and_the_rows_after_it_keep_their_numbers()
    {
        var workbook = new DossierWorkbook();
        workbook.Drawings.Insert(1, [null, null, null, null, null, null, null, null]);

        var record = ReadDossierWorkbook.Read(workbook.Save(folder.FullName));

        Assert.Equal(["BanVe!2:2", "BanVe!4:4"], record.Drawings.Rows.Select(r => r.Address));
    }

    [Fact]
    public void A_missing_sheet_is_refused_naming_it_and_the_sheets_there_are()
    {
        var workbook = new DossierWorkbook();
        workbook.Sheets.Remove("VanBan");

        var problem = Assert.Throws<DossierImportException>(() => ReadDossierWorkbook.Read(workbook.Save(folder.FullName)));

        Assert.Same(ImportMessages.SheetMissing, problem.Wording);
        Assert.Equal(["VanBan", "HoSo, BanVe"], problem.Arguments);
    }

    [Fact]
    public void A_sheet_name_in_another_case_is_the_same_sheet()
    {
        var workbook = new DossierWorkbook();
        workbook.WrittenNames["HoSo"] = "HOSO";

        var record = ReadDossierWorkbook.Read(workbook.Save(folder.FullName));

        Assert.Equal("HoSo!C2", record.Dossier.Cell("Tên đồ án")!.Address); // addresses use the circular's name
    }

    [Fact]
    public void A_missing_header_is_refused_at_the_header_row()
    {
        var workbook = new DossierWorkbook();
        workbook.Dossier.Remove("Tình trạng");

        var problem = Assert.Throws<DossierImportException>(() => ReadDossierWorkbook.Read(workbook.Save(folder.FullName)));

        Assert.Same(ImportMessages.HeaderMissing, problem.Wording);
        Assert.Equal("HoSo!1:1", problem.Place);
        Assert.Equal("Tình trạng", problem.Arguments[1]);
    }

    [Fact]
    public void Two_dossier_rows_are_refused_at_the_second()
    {
        var workbook = new DossierWorkbook();
        workbook.MoreDossierRows.Add(["HP-2", "x", "Một quy hoạch khác"]);

        var problem = Assert.Throws<DossierImportException>(() => ReadDossierWorkbook.Read(workbook.Save(folder.FullName)));

        Assert.Same(ImportMessages.DossierRowsMany, problem.Wording);
        Assert.Equal("HoSo!3:3", problem.Place);
    }

    [Theory]
    [InlineData("Mã hồ sơ,Tên đồ án\nHP,Quy hoạch\n")] // a CSV saved under .xlsx
    [InlineData("")]
    public void A_file_that_is_not_an_xlsx_is_refused(string content)
    {
        var path = Path.Combine(folder.FullName, "ho-so.xlsx");
        File.WriteAllText(path, content);

        var problem = Assert.Throws<DossierImportException>(() => ReadDossierWorkbook.Read(path));

        Assert.Same(ImportMessages.NotXlsx, problem.Wording);
    }

    [Theory]
    [InlineData("Hệ tọa độ", "Hệ toạ độ")]
    [InlineData("  Tên   đồ án ", "tên đồ án")]
    [InlineData("Số QĐ phê duyệt nhiệm vụ", "số qđ phê duyệt nhiệm vụ")]
    public void Headers_match_whatever_the_case_spacing_or_tone_mark_placement(string written, string lookedUp)
    {
        Assert.Equal(DossierHeaders.Key(lookedUp), DossierHeaders.Key(written));
    }

    [Fact]
    public void Headers_differing_in_a_letter_or_a_tone_do_not_match()
    {
        Assert.NotEqual(DossierHeaders.Key("Tỷ lệ"), DossierHeaders.Key("Tý lệ"));
        Assert.NotEqual(DossierHeaders.Key("Tình trạng"), DossierHeaders.Key("Tinh trang"));
    }
}
