using HaiPhongUrban.Portal.Kernel.Text;
using HaiPhongUrban.Portal.Sections.Planning.Geography.Views;

namespace HaiPhongUrban.Portal.Sections.Planning.Geography;

/// <summary>Writes a boundary's facts out for a template (<see cref="BoundaryFactsView"/>): numbers become text here, once.</summary>
public static class ShowBoundaryFacts
{
    /// <param name="language">The interface language, for the counts' digit grouping.</param>
    public static BoundaryFactsView Run(BoundaryFacts facts, string language)
    {
        var rows = facts.Vertices.Rows;
        return new(
            facts.Crs,
            RoundTo7Decimals.Format(facts.Box.West),
            RoundTo7Decimals.Format(facts.Box.South),
            RoundTo7Decimals.Format(facts.Box.East),
            RoundTo7Decimals.Format(facts.Box.North),
            RoundTo7Decimals.Format(facts.CentreLatitude),
            RoundTo7Decimals.Format(facts.CentreLongitude),
            DisplayFormat.Count(facts.VertexCount, language),
            facts.OpenStreetMapUrl,
            rows.Any(r => r.Easting is not null),
            facts.Vertices.Simplified,
            DisplayFormat.Count(facts.Vertices.OriginalCount, language),
            DisplayFormat.Count(rows.Count, language),
            [.. rows.Select(r => new VertexRowView(r.Part, r.Ring, r.Index, r.Longitude, r.Latitude, r.Easting ?? string.Empty, r.Northing ?? string.Empty))]);
    }
}
