using HaiPhongUrban.Portal.Sections.Planning.Geography.Views;
using NetTopologySuite.Geometries;

namespace HaiPhongUrban.Portal.Sections.Planning.Geography;

/// <summary>Every plan with a boundary on one map, in one frame, each a link to its page.</summary>
public static class DrawOverviewMap
{
    /// <summary>A plan to draw: its page, its name and its published boundary.</summary>
    public sealed record Plan(string Url, string Name, Geometry Wgs84);

    /// <summary>
    /// The overview; null when no plan has a boundary. Drawing order is the reading order of SVG: what comes
    /// later is drawn above. Plans go largest first (area on screen, which the frame's cosine makes the same
    /// ordering as area in square degrees here), so a district plan inside the city's general plan is drawn
    /// on top and stays clickable; plans of equal area keep the caller's order, by address.
    /// </summary>
    public static OverviewMapView? Run(string id, string title, IReadOnlyList<Plan> plans)
    {
        if (plans.Count == 0)
        {
            return null;
        }

        var frame = MapFrame.Fit(plans.Select(p => p.Wgs84));
        var ordered = plans
            .OrderByDescending(p => p.Wgs84.Area)
            .ThenBy(p => p.Url, StringComparer.Ordinal)
            .Select(p => new OverviewMapPlanView(p.Url, p.Name, SvgPath.Of(p.Wgs84, frame)))
            .ToList();
        return new OverviewMapView(id, frame.ViewBox, title, ordered);
    }
}
