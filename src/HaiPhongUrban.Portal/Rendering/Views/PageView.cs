namespace HaiPhongUrban.Portal.Rendering.Views;

/// <summary>
/// What the base layout needs about the page being rendered. <see cref="Breadcrumbs"/> are the
/// sections above the page, labelled by the theme strings <c>nav.&lt;key&gt;</c>. <see cref="LastUpdatedIso"/>
/// is the date content gives for the page's last change (<see cref="Rendering.PageDates"/>), never the build's clock.
/// </summary>
public sealed record PageView(
    string Title,
    string Description,
    string Url,
    string CanonicalUrl,
    string NavKey,
    IReadOnlyList<NavItemView> Breadcrumbs,
    string LastUpdatedIso,
    string LastUpdatedDisplay);
