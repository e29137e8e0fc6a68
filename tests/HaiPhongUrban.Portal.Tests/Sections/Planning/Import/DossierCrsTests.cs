using HaiPhongUrban.Portal.Sections.Planning.Import;

namespace HaiPhongUrban.Portal.Tests.Sections.Planning.Import;

/// <summary>A coordinate system is taken from the dossier's wording only when it names one without doubt.</summary>
public sealed class DossierCrsTests
{
    [Theory]
    [InlineData("EPSG:9210", "EPSG:9210")]
    [InlineData("VN-2000 (EPSG 9209)", "EPSG:9209")]
    [InlineData("VN-2000, kinh tuyến trục 105°45′, múi chiếu 3°", "EPSG:9210")]
    [InlineData("VN2000 KTT 105°30'", "EPSG:9209")]
    [InlineData("Hệ VN-2000, kinh tuyến trục 105 độ 45 phút", "EPSG:9210")]
    [InlineData("VN-2000 / 105.75", "EPSG:9210")]
    [InlineData("VN-2000", null)] // which zone?
    [InlineData("VN-2000, kinh tuyến trục 105°00′", null)]
    [InlineData("VN-2000 kinh tuyến trục 104°30′", null)] // not one of the city's zones
    [InlineData("VN-2000 UTM múi 48, kinh tuyến trục 105°", null)]
    [InlineData("VN-2000 105°45′ hoặc 105°30′", null)]
    [InlineData("105°45′", null)] // no datum named
    [InlineData("EPSG:9210 hoặc EPSG:9209", null)]
    [InlineData("WGS84", null)]
    public void Only_an_unambiguous_wording_gives_a_code(string wording, string? expected)
    {
        Assert.Equal(expected, DossierCrs.FromWording(wording));
    }
}
