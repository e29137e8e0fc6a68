namespace HaiPhongUrban.Portal.Sections.Planning.Geography.Views;

/// <summary>
/// One plan's map, for <c>theme/partials/plan-map.liquid</c>: an inline SVG drawn at build time, with no
/// base map and no script. Everything a reader meets is here as text in the interface language: the
/// title, the text alternative (box, centre, corners, in words) and the caption.
/// </summary>
/// <param name="Id">The prefix of the figure's element ids (<c>{Id}-title</c>, <c>{Id}-desc</c>), unique on the page.</param>
/// <param name="ViewBox">The SVG viewBox, "0 0 640 427".</param>
/// <param name="PathD">The boundary as an SVG path's <c>d</c>.</param>
public sealed record PlanMapView(string Id, string ViewBox, string PathD, string Title, string Description, string Caption);
