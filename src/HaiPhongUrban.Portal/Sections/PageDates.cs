using HaiPhongUrban.Portal.Routing;
using HaiPhongUrban.Portal.Model;

namespace HaiPhongUrban.Portal.Sections;

/// <summary>
/// The "last updated" date of every page, taken from content and never from the build's clock, so the
/// same content always gives the same pages and sitemap. A page's date is the newest of:
/// <list type="bullet">
/// <item>the date its own content gives: a dataset's <c>modified</c>, a Markdown page's front matter
/// <c>updated:</c>, the newest update for the updates page, the newest <c>modified</c> of the datasets a
/// catalogue page lists (passed in by its planner);</item>
/// <item>the newest entry of cap-nhat.yml naming its address (an <c>#anchor</c> names the page it is on).</item>
/// </list>
/// A page neither gives a date takes the oldest entry of cap-nhat.yml: the portal's first publication.
/// </summary>
public sealed class PageDates
{
    private readonly Dictionary<string, DateOnly> _dates = new(StringComparer.Ordinal);
    private readonly DateOnly _firstPublication;

    public PageDates(Site site)
    {
        // Validation requires at least one update, so the model always has a first publication.
        _firstPublication = site.Updates.Min(u => u.Date);
        foreach (var update in site.Updates)
        {
            foreach (var url in update.Urls)
            {
                Raise(PageOf(url), update.Date);
            }
        }

        Raise(UrlScheme.Updates, site.Updates.Max(u => u.Date));
        foreach (var page in site.Pages.Where(p => p.Updated is not null))
        {
            Raise(UrlScheme.Page(page.Slug), page.Updated!.Value);
        }

        foreach (var dataset in site.Datasets)
        {
            Raise(UrlScheme.Dataset(dataset.Slug), dataset.Modified);
        }
    }

    /// <summary>The date of the page at <paramref name="url"/>; <paramref name="own"/> is a date only its planner knows.</summary>
    public DateOnly Of(string url, DateOnly? own = null)
    {
        DateOnly? date = _dates.TryGetValue(url, out var known) ? known : null;
        if (own is { } given && (date is null || given > date))
        {
            date = given;
        }

        return date ?? _firstPublication;
    }

    /// <summary>The page an address is on: without its <c>#anchor</c> or query, '/x/index.html' as '/x/'.</summary>
    public static string PageOf(string url)
    {
        var cut = url.IndexOfAny(['#', '?']);
        var path = cut >= 0 ? url[..cut] : url;
        return path.EndsWith("/index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path;
    }

    private void Raise(string url, DateOnly date)
    {
        if (!_dates.TryGetValue(url, out var known) || date > known)
        {
            _dates[url] = date;
        }
    }
}
