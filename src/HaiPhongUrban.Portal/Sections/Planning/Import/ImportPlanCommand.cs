using System.CommandLine;

namespace HaiPhongUrban.Portal.Sections.Planning.Import;

/// <summary>
/// <c>portal import-plan FILE.xlsx [--boundary FILE.geojson --crs EPSG:…] [--output DIR]</c>: a dossier
/// workbook of Circular 16/2025/TT-BXD into a plan.yml for staff to review. Only the command line lives
/// here; <see cref="ImportPlan"/> does the work. The help says, in both languages, that the mapping is
/// provisional: it was read in a third-party write-up of the circular, not the circular itself.
/// </summary>
public static class ImportPlanCommand
{
    public const string Name = "import-plan";

    public static Command Create(CommandContext context)
    {
        var workbook = new Argument<string>("FILE.xlsx")
        {
            Description = "Sổ làm việc hồ sơ <MaHoSo>.xlsx, trang HoSo, BanVe, VanBan / the dossier workbook <MaHoSo>.xlsx, sheets HoSo, BanVe, VanBan",
        };
        var boundary = new Option<string?>("--boundary")
        {
            Description = "Ranh giới quy hoạch (GeoJSON), chép thành ranh-gioi.geojson cạnh plan.yml / the plan boundary (GeoJSON), copied beside plan.yml as ranh-gioi.geojson",
        };
        var crs = new Option<string?>("--crs")
        {
            Description = "Hệ tọa độ của ranh giới, ví dụ EPSG:9210; mặc định lấy từ cột 'Hệ tọa độ' khi rõ ràng / the boundary's coordinate system, e.g. EPSG:9210; by default the 'Hệ tọa độ' column's when unambiguous",
        };
        var output = new Option<string?>("--output")
        {
            Description = "Thư mục ghi plan.yml (mặc định content/quy-hoach/<slug>/) / folder to write plan.yml into (default content/quy-hoach/<slug>/)",
        };

        var command = new Command(
            Name,
            "Nhập hồ sơ .xlsx theo Thông tư 16/2025/TT-BXD thành plan.yml để cán bộ xem lại; không bao giờ ghi đè. "
            + "Ánh xạ các cột còn TẠM THỜI (đọc từ bài viết của bên thứ ba, chưa đối chiếu với thông tư) / "
            + "import a Circular 16/2025/TT-BXD dossier workbook into a plan.yml for staff to review; never overwrites. "
            + "The column mapping is PROVISIONAL (read in a third-party write-up, not checked against the circular)")
        {
            workbook, boundary, crs, output,
        };

        command.SetAction(parse => ImportPlan.Run(
            new ImportPlanRequest(parse.GetValue(workbook)!, parse.GetValue(boundary), parse.GetValue(crs), parse.GetValue(output), context.WorkingDirectory, DateOnly.FromDateTime(DateTime.Now)),
            context.Language(parse),
            context.Stdout,
            context.Stderr));
        return command;
    }
}
