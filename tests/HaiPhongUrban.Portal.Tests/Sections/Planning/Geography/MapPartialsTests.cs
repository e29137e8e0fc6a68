using System.Text.Encodings.Web;
using System.Text.Unicode;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Fluid;
using HaiPhongUrban.Portal.Sections.Planning.Geography.Views;
using HaiPhongUrban.Portal.Tests.Support;

namespace HaiPhongUrban.Portal.Tests.Sections.Planning.Geography;

/// <summary>
/// theme/partials/plan-map.liquid and plans-overview-map.liquid rendered as the generator renders templates
/// (Fluid, camelCase members, every character but markup kept), then read back as HTML: one image with a
/// title and description for one plan; for all plans, links with names, outside any role="img".
/// </summary>
public sealed class MapPartialsTests
{
    private static string Render(string partial, object map)
    {
        var options = new TemplateOptions();
        options.MemberAccessStrategy.MemberNameStrategy = MemberNameStrategies.CamelCase;
        options.MemberAccessStrategy.Register(map.GetType());
        options.MemberAccessStrategy.Register<OverviewMapPlanView>();
        var source = File.ReadAllText(Path.Combine(RepoPaths.Theme, "partials", partial + ".liquid"));
        Assert.True(new FluidParser().TryParse(source, out var template, out var error), error);
        var context = new TemplateContext(options);
        context.SetValue("map", map);
        return template.Render(context, HtmlEncoder.Create(UnicodeRanges.All));
    }

    private static IDocument Html(string body) => new HtmlParser().ParseDocument($"<!doctype html><html lang=\"vi\"><body>{body}</body></html>");

    [Fact]
    public void One_plans_map_is_an_image_named_by_its_title_and_described_by_its_text_alternative()
    {
        var map = new PlanMapView("ban-do", "0 0 640 640", "M16 624 L624 624 L624 16 L16 16 Z", "Khu đô thị <mới>", "Khung 106.6–106.7° Đông; 4 đỉnh.", "Vẽ từ ranh giới (EPSG:9210).");

        var document = Html(Render("plan-map", map));

        var svg = document.QuerySelector("figure.plan-map > svg")!;
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Equal("0 0 640 640", svg.GetAttribute("viewBox"));
        Assert.Equal("Khu đô thị <mới>", document.GetElementById(svg.GetAttribute("aria-labelledby")!)!.TextContent);
        Assert.Equal("title", document.GetElementById(svg.GetAttribute("aria-labelledby")!)!.LocalName);
        Assert.Equal("Khung 106.6–106.7° Đông; 4 đỉnh.", document.GetElementById(svg.GetAttribute("aria-describedby")!)!.TextContent);
        Assert.Equal("M16 624 L624 624 L624 16 L16 16 Z", svg.QuerySelector("path.plan-map-shape")!.GetAttribute("d"));
        Assert.Equal("Vẽ từ ranh giới (EPSG:9210).", document.QuerySelector("figure.plan-map > figcaption")!.TextContent);
        Assert.Empty(document.QuerySelectorAll("[style]"));
    }

    [Fact]
    public void The_overview_map_is_links_named_by_their_plans_in_drawing_order_outside_any_image()
    {
        var map = new OverviewMapView("ban-do-tong-quan", "0 0 640 320", "Ranh giới các quy hoạch",
            [new("/quy-hoach/chung/", "Quy hoạch chung", "M16 16 L624 16 L624 304 Z"), new("/quy-hoach/phan-khu/", "Phân khu & ga", "M300 100 L320 100 L320 120 Z")]);

        var document = Html(Render("plans-overview-map", map));

        var svg = document.QuerySelector("svg.plans-overview-map")!;
        Assert.Null(document.QuerySelector("[role=img]"));
        Assert.Equal("Ranh giới các quy hoạch", document.GetElementById(svg.GetAttribute("aria-labelledby")!)!.TextContent);
        var links = svg.QuerySelectorAll("a").ToList();
        Assert.Equal(["/quy-hoach/chung/", "/quy-hoach/phan-khu/"], links.Select(a => a.GetAttribute("href")));
        Assert.Equal(["Quy hoạch chung", "Phân khu & ga"], links.Select(a => a.GetAttribute("aria-label")));
        Assert.Equal(["Quy hoạch chung", "Phân khu & ga"], links.Select(a => a.QuerySelector("path > title")!.TextContent));
        Assert.Equal("M300 100 L320 100 L320 120 Z", links[1].QuerySelector("path")!.GetAttribute("d"));
        Assert.Empty(document.QuerySelectorAll("[style]"));
    }

    [Fact]
    public void The_theme_styles_the_maps_to_shrink_on_small_screens_and_to_show_keyboard_focus()
    {
        var css = File.ReadAllText(Path.Combine(RepoPaths.Theme, "assets", "site.css"));

        Assert.Contains(".plan-map-svg, .plans-overview-map { display: block; max-width: 100%; height: auto;", css);
        Assert.Contains(".plan-map-link:focus-visible .plan-map-shape {", css);
        Assert.Contains("fill-rule: evenodd", css);
    }
}
