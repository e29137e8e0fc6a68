namespace HaiPhongUrban.Portal.Sections;

/// <summary>
/// What a section owns, declared once so that the build derives every list from it: the first URL
/// segments no other section and no Markdown page may take, the layouts it renders with (each a
/// <c>theme/layouts/&lt;name&gt;.liquid</c> the theme must have), the prefixes of the interface string keys
/// it reads (<c>t.datasets.…</c>) and the keys it needs whatever the templates say (vocabularies), its
/// entries in the main menu, the panels it adds to other sections' layouts, and the search kinds it indexes.
/// </summary>
/// <param name="Name">The section's name, as a folder of <c>Sections/</c> spells it in lower case.</param>
public sealed record SectionClaims(
    string Name,
    IReadOnlyList<string> ReservedSegments,
    IReadOnlyList<string> Layouts,
    IReadOnlyList<string> StringPrefixes,
    IReadOnlyList<string> RequiredStrings,
    IReadOnlyList<MenuEntry> Menu,
    IReadOnlyList<PanelClaim> Panels,
    IReadOnlyList<string> SearchKinds);

/// <summary>
/// One entry of the main menu: its string key under <c>nav.</c>, its address, and its weight; the menu
/// lists entries by weight, lightest first, whichever section declares them (Hugo's menus do the same).
/// </summary>
public sealed record MenuEntry(string Key, string Url, int Weight);

/// <summary>
/// A panel a section adds to pages of a layout it does not own: the templates find it as
/// <c>panels.&lt;Name&gt;</c>, and a page the section adds nothing to shows <paramref name="Empty"/>.
/// </summary>
public sealed record PanelClaim(string Name, string Layout, object Empty);

/// <summary>A panel's content on one page.</summary>
public sealed record PagePanel(string Url, string Name, object Data);
