using HaiPhongUrban.Portal.Sections.Planning.Geography;
using NetTopologySuite.Geometries;

namespace HaiPhongUrban.Portal.Tests.Sections.Planning.Geography;

/// <summary>The SVG frame and paths: known shapes in, known numbers out.</summary>
public sealed class DrawMapTests
{
    private static readonly GeometryFactory Factory = new();

    private static Polygon Box(double west, double south, double east, double north, params LinearRing[] holes) =>
        Factory.CreatePolygon(Ring(west, south, east, north), holes);

    private static LinearRing Ring(double west, double south, double east, double north) =>
        Factory.CreateLinearRing([new(west, south), new(east, south), new(east, north), new(west, north), new(west, south)]);

    [Fact]
    public void A_square_at_the_equator_fills_the_frame_inside_its_margin_with_y_flipped()
    {
        var square = Box(0, -0.5, 1, 0.5);
        var frame = MapFrame.Fit([square]);

        Assert.Equal("0 0 640 640", frame.ViewBox);
        Assert.Equal("M16 624 L624 624 L624 16 L16 16 Z", SvgPath.Of(square, frame));
    }

    [Fact]
    public void Away_from_the_equator_longitude_is_narrowed_by_the_cosine_of_the_middle_latitude()
    {
        // 1° × 1° around 60° N: a degree of longitude is half a degree of latitude there.
        var frame = MapFrame.Fit([Box(10, 59.5, 11, 60.5)]);

        Assert.Equal(0.5, frame.LongitudeFactor, 2);
        Assert.Equal("0 0 640 640", frame.ViewBox); // fitted to the height, then centred across
        var (left, _) = frame.Project(10, 60);
        var (right, _) = frame.Project(11, 60);
        Assert.Equal(304, right - left, 0);
    }

    [Fact]
    public void A_wide_shape_gets_a_low_frame()
    {
        var frame = MapFrame.Fit([Box(0, -0.5, 4, 0.5)]);

        Assert.Equal("0 0 640 184", frame.ViewBox); // 608 / 4 = 152 per degree, plus 2 × 16
    }

    [Fact]
    public void A_hole_is_a_sub_path_of_its_own_and_every_coordinate_has_at_most_one_decimal()
    {
        // Centred on the equator, where the cosine is exactly 1.
        var frame = MapFrame.Fit([Box(-1.5, -1.5, 1.5, 1.5)]);
        var d = SvgPath.Of(Box(-1.5, -1.5, 1.5, 1.5, Ring(-0.5, -0.5, 0.5, 0.5)), frame);

        Assert.Equal("M16 624 L624 624 L624 16 L16 16 Z M218.7 421.3 L421.3 421.3 L421.3 218.7 L218.7 218.7 Z", d);
    }

    [Fact]
    public void A_multipolygon_is_one_path_of_several_sub_paths()
    {
        var frame = MapFrame.Fit([Box(0, 0, 3, 1)]);
        var d = SvgPath.Of(Factory.CreateMultiPolygon([Box(0, 0, 1, 1), Box(2, 0, 3, 1)]), frame);

        Assert.Equal(2, d.Split('M', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(2, d.Count(c => c == 'Z'));
    }

    [Fact]
    public void On_the_overview_small_plans_are_drawn_after_large_ones_so_they_stay_on_top()
    {
        var city = new DrawOverviewMap.Plan("/quy-hoach/chung/", "Quy hoạch chung", Box(106.0, 20.5, 107.2, 21.1));
        var district = new DrawOverviewMap.Plan("/quy-hoach/phan-khu/", "Phân khu", Box(106.6, 20.8, 106.7, 20.9));
        var street = new DrawOverviewMap.Plan("/quy-hoach/chi-tiet/", "Chi tiết", Box(106.65, 20.85, 106.66, 20.86));

        var map = DrawOverviewMap.Run("ban-do-tong-quan", "Bản đồ", [street, city, district])!;

        Assert.Equal(["/quy-hoach/chung/", "/quy-hoach/phan-khu/", "/quy-hoach/chi-tiet/"], map.Plans.Select(p => p.Url));
        Assert.Equal("Phân khu", map.Plans[1].Name);
        Assert.StartsWith("M16 ", map.Plans[0].PathD, StringComparison.Ordinal); // the city fills the frame's width
        Assert.Null(DrawOverviewMap.Run("x", "x", []));
    }

    [Fact]
    public void A_plan_map_words_its_text_alternative_from_the_themes_strings()
    {
        var reading = ReadBoundary.Run("{\"type\": \"Polygon\", \"coordinates\": [[[106.6, 20.8], [106.7, 20.8], [106.7, 20.9], [106.6, 20.9], [106.6, 20.8]]]}",
            "/site/content", "quy-hoach/thu/ranh-gioi.geojson", "EPSG:4326");
        var facts = DescribeBoundary.Run(reading);
        var wordings = new PlanMapWordings("Box {west}–{east} E, {south}–{north} N; centre {lat} N, {lon} E; {count} corners.", "Drawn from the boundary ({crs}); no base map.");

        var map = DrawPlanMap.Run("ban-do", reading.Wgs84!, facts, "Khu A", wordings, "en");

        Assert.Equal("Box 106.6000000–106.7000000 E, 20.8000000–20.9000000 N; centre 20.8500000 N, 106.6500000 E; 4 corners.", map.Description);
        Assert.Equal("Drawn from the boundary (EPSG:4326); no base map.", map.Caption);
        Assert.Equal(("ban-do", "Khu A", "0 0 640 640"), (map.Id, map.Title, map.ViewBox));
        // Taller than wide once longitude is narrowed by cos(20.85°) = 0.9345: fitted to the height, centred across.
        // (The 7-decimal rounding hands the ring back normalised: it starts at the north-west corner.)
        Assert.Equal("M35.9 16 L604.1 16 L604.1 624 L35.9 624 Z", map.PathD);
    }
}
