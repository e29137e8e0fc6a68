using HaiPhongUrban.Portal.Sections.Planning.Geography;

namespace HaiPhongUrban.Portal.Tests.Sections.Planning.Geography;

public sealed class CoordinateSystemsTests
{
    [Theory]
    [InlineData("EPSG:9210", "VN-2000 / TM-3 105-45", 105.75)]
    [InlineData("epsg:9209 ", "VN-2000 / TM-3 105-30", 105.5)]
    [InlineData("EPSG:5899", "VN-2000 / TM-3 107-45", 107.75)]
    [InlineData("EPSG:5897", "VN-2000 / TM-3 zone 482", 105.0)]
    public void A_declared_zone_is_found_by_its_code(string declared, string name, double meridian)
    {
        var system = CoordinateSystems.Find(declared)!;

        Assert.Equal(name, system.Name);
        Assert.Equal(meridian, system.CentralMeridian);
        Assert.True(system.IsProjected);
    }

    [Theory]
    [InlineData("EPSG:3405")] // VN-2000 / UTM 48N: not TM-3, not supported
    [InlineData("VN-2000")]
    [InlineData("9210")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_is_unknown(string? declared) => Assert.Null(CoordinateSystems.Find(declared));

    [Fact]
    public void Every_vn2000_tm3_zone_epsg_9205_to_9218_is_supported_with_wgs84()
    {
        var codes = CoordinateSystems.All.Select(s => s.Code).ToHashSet();

        Assert.All(Enumerable.Range(9205, 14), epsg => Assert.Contains($"EPSG:{epsg}", codes));
        Assert.Equal("EPSG:4326", CoordinateSystems.All[0].Code);
        Assert.False(CoordinateSystems.Wgs84.IsProjected);
        Assert.Equal(CoordinateSystems.All.Count, codes.Count);
    }
}
