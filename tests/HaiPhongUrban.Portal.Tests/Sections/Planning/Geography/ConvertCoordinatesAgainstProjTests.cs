using System.Diagnostics;
using System.Globalization;
using HaiPhongUrban.Portal.Sections.Planning.Geography;
using Xunit.Abstractions;

namespace HaiPhongUrban.Portal.Tests.Sections.Planning.Geography;

/// <summary>
/// A grid of 49 points over Hải Phòng and the former Hải Dương (longitude 106.0–107.2° E, latitude
/// 20.5–21.1° N), converted by the portal and by PROJ's <c>cs2cs</c>, in both of the city's zones and both
/// directions; every point within <see cref="ConvertCoordinatesTests.ToleranceMetres"/>.
/// </summary>
public sealed class ConvertCoordinatesAgainstProjTests(ITestOutputHelper output)
{
    private static readonly IReadOnlyList<(double Lat, double Lon)> Grid =
        [.. from i in Enumerable.Range(0, 7) from j in Enumerable.Range(0, 7) select (20.5 + 0.1 * i, 106.0 + 0.2 * j)];

    [Cs2csFact]
    public void A_grid_over_the_city_meets_cs2cs_in_both_zones_both_ways()
    {
        Assert.Equal(49, Grid.Count);
        foreach (var zone in new[] { CoordinateSystems.HaiPhong, CoordinateSystems.HaiDuong })
        {
            // cs2cs reads EPSG:4326 in its own axis order, latitude first.
            var projected = RunCs2cs(zone.Code, Grid.Select(p => Invariant($"{p.Lat:R} {p.Lon:R}")));
            var convert = ConvertCoordinates.For(zone);
            var forward = new List<double>();
            var inverse = new List<double>();
            for (var i = 0; i < Grid.Count; i++)
            {
                var (e, n) = projected[i];
                var (x, y) = convert.FromWgs84(Grid[i].Lon, Grid[i].Lat);
                forward.Add(Math.Sqrt(Math.Pow(x - e, 2) + Math.Pow(y - n, 2)));
                var (lon, lat) = convert.ToWgs84(e, n);
                inverse.Add(ConvertCoordinatesTests.GroundDistance(Grid[i].Lat, Grid[i].Lon, lat, lon));
            }

            output.WriteLine(Invariant($"{zone.Code}: WGS84→VN-2000 worst {forward.Max():F4} m, mean {forward.Average():F4} m; VN-2000→WGS84 worst {inverse.Max():F4} m, mean {inverse.Average():F4} m"));
            Assert.All(forward, error => Assert.InRange(error, 0, ConvertCoordinatesTests.ToleranceMetres));
            Assert.All(inverse, error => Assert.InRange(error, 0, ConvertCoordinatesTests.ToleranceMetres));
        }
    }

    /// <summary>cs2cs's answers, easting and northing, one per input line.</summary>
    private static List<(double E, double N)> RunCs2cs(string target, IEnumerable<string> lines)
    {
        Assert.True(Cs2csFactAttribute.Cs2cs is not null, Cs2csFactAttribute.Cs2csMissing);
        var start = new ProcessStartInfo(Cs2csFactAttribute.Cs2cs!, ["-f", "%.4f", "EPSG:4326", target])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        process.StandardInput.Write(string.Join('\n', lines) + "\n");
        process.StandardInput.Close();
        var text = process.StandardOutput.ReadToEnd();
        var errors = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(60_000), "cs2cs did not finish within a minute");
        Assert.True(process.ExitCode == 0, $"cs2cs failed: {errors}");
        return [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split((char[])['\t', ' '], StringSplitOptions.RemoveEmptyEntries))
            .Select(cells => (double.Parse(cells[0], CultureInfo.InvariantCulture), double.Parse(cells[1], CultureInfo.InvariantCulture)))];
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
