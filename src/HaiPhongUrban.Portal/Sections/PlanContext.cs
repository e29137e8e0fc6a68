using HaiPhongUrban.Portal.Kernel.Text;
using HaiPhongUrban.Portal.Kernel.Urls;
using HaiPhongUrban.Portal.Kernel.Theme;
using HaiPhongUrban.Portal.Model;
using HaiPhongUrban.Portal.Sections.Views;

namespace HaiPhongUrban.Portal.Sections;

/// <summary>
/// What a section's page planner reads: the typed site, the interface language's strings (which word the
/// descriptions of pages content does not describe) and every page's date; and the one way a page's frame
/// (<see cref="PageView"/>) is made, so that canonical URLs, dates and language marks agree on every page.
/// </summary>
public sealed class PlanContext(Site site, StringTable strings, PageDates dates)
{
    /// <summary>The first breadcrumb of every page but the home page.</summary>
    public static readonly NavItemView HomeCrumb = new("home", UrlPath.Root);

    public Site Site => site;

    public StringTable Strings => strings;

    public string Language => site.Settings.Language;

    /// <summary>The frame of a page; <paramref name="own"/> is a date only its planner knows.</summary>
    public PageView Page(string title, string description, string url, string navKey, IReadOnlyList<NavItemView> breadcrumbs, DateOnly? own = null)
    {
        var updated = dates.Of(url, own);
        return new(title, description, url, UrlPath.Absolute(site.Settings.BaseUrl, url) ?? string.Empty, navKey, breadcrumbs,
            DisplayFormat.DateIso(updated), DisplayFormat.Date(updated, Language));
    }

    /// <summary>Marks the page's title and/or description as Vietnamese content for an interface in another language.</summary>
    public PageView InContentLanguage(PageView page, bool title, bool description) =>
        ContentLanguageMarks.Mark(page, Language, title, description);

    public string Date(DateOnly? date) => DisplayFormat.Date(date, Language);

    public string Count(long count) => DisplayFormat.Count(count, Language);
}
