using HaiPhongUrban.Portal.Kernel.Text;
using HaiPhongUrban.Portal.Sections.Planning.Geography.Views;
using NetTopologySuite.Geometries;

namespace HaiPhongUrban.Portal.Sections.Planning.Geography;

/// <summary>One plan's map, drawn at build time: its boundary fitted to a 640-wide frame, and its words.</summary>
public static class DrawPlanMap
{
    /// <param name="id">The prefix of the figure's element ids, unique on the page ("ban-do").</param>
    /// <param name="wgs84">The published boundary (<see cref="BoundaryReading.Wgs84"/>).</param>
    /// <param name="facts">Its facts, for the text alternative.</param>
    /// <param name="title">The map's title: usually the plan's name.</param>
    /// <param name="language">The interface language, for the count's digit grouping.</param>
    public static PlanMapView Run(string id, Geometry wgs84, BoundaryFacts facts, string title, PlanMapWordings wordings, string language)
    {
        var frame = MapFrame.Fit([wgs84]);
        var description = wordings.Description
            .Replace("{west}", RoundTo7Decimals.Format(facts.Box.West), StringComparison.Ordinal)
            .Replace("{east}", RoundTo7Decimals.Format(facts.Box.East), StringComparison.Ordinal)
            .Replace("{south}", RoundTo7Decimals.Format(facts.Box.South), StringComparison.Ordinal)
            .Replace("{north}", RoundTo7Decimals.Format(facts.Box.North), StringComparison.Ordinal)
            .Replace("{lat}", RoundTo7Decimals.Format(facts.CentreLatitude), StringComparison.Ordinal)
            .Replace("{lon}", RoundTo7Decimals.Format(facts.CentreLongitude), StringComparison.Ordinal)
            .Replace("{count}", DisplayFormat.Count(facts.VertexCount, language), StringComparison.Ordinal);
        var caption = wordings.Caption.Replace("{crs}", facts.Crs, StringComparison.Ordinal);
        return new PlanMapView(id, frame.ViewBox, SvgPath.Of(wgs84, frame), title, description, caption);
    }
}
