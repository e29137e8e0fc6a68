namespace HaiPhongUrban.Portal.Sections.Views;

/// <summary>
/// What the base layout needs about the page being rendered. <see cref="Breadcrumbs"/> are the
/// sections above the page, labelled by the theme strings <c>nav.&lt;key&gt;</c>. <see cref="LastUpdatedIso"/>
/// is the date content gives for the page's last change (<see cref="Rendering.PageDates"/>), never the build's clock.
/// <see cref="TitleLanguage"/> and <see cref="DescriptionLanguage"/> are empty when the title and
/// description are in the interface language, else the language they are in ("vi" for a dataset's title
/// under an English interface): the page's &lt;title&gt;, its last breadcrumb and its meta description are
/// then marked so (lang) and the title is the content's own name (<see cref="ContentLanguageMarks"/>).
/// </summary>
public sealed record PageView(
    string Title,
    string Description,
    string Url,
    string CanonicalUrl,
    string NavKey,
    IReadOnlyList<NavItemView> Breadcrumbs,
    string LastUpdatedIso,
    string LastUpdatedDisplay,
    string TitleLanguage = "",
    string DescriptionLanguage = "");
