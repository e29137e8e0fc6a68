namespace HaiPhongUrban.Portal.Sections.Planning.Geography.Views;

/// <summary>
/// Every plan on one map, for <c>theme/partials/plans-overview-map.liquid</c>. Each plan is a link, so the
/// map is not one image (role="img" would hide the links from screen readers); the list of plans beside it
/// stays the main way in. <see cref="Plans"/> is in drawing order: largest first, so a small plan inside a
/// large one is drawn above it and can still be pointed at.
/// </summary>
public sealed record OverviewMapView(string Id, string ViewBox, string Title, IReadOnlyList<OverviewMapPlanView> Plans);

/// <summary>One plan on the overview map: where its page is, its name (the link's accessible name) and its shape.</summary>
public sealed record OverviewMapPlanView(string Url, string Name, string PathD);
