namespace HaiPhongUrban.Portal.Sections.Planning.Import;

/// <summary>
/// A dossier workbook (<c>&lt;MaHoSo&gt;.xlsx</c>, Circular 16/2025/TT-BXD, Appendix II) as read: its one
/// <c>HoSo</c> row, its drawings (<c>BanVe</c>) and documents (<c>VanBan</c>), each cell still carrying its
/// address. Nothing is interpreted yet: <see cref="MapDossierToPlan"/> decides what each column means.
/// </summary>
public sealed record DossierRecord(string FilePath, DossierRow Dossier, DossierSheet Drawings, DossierSheet Documents)
{
    public string FileName => Path.GetFileName(FilePath);
}
