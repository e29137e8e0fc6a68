namespace HaiPhongUrban.Portal.Sections;

/// <summary>
/// The "last updated" date of every page, taken from content and never from the build's clock, so the
/// same content always gives the same pages and sitemap. A page's date is the newest of the dates the
/// sections' content gives it (<see cref="ISection.PageDates"/>: a dataset's <c>modified</c>, a Markdown
/// page's <c>updated:</c>, every entry of the update history naming its address) and of a date only its
/// planner knows (the newest dataset a catalogue page lists). A page nothing dates takes the oldest date
/// given for every page: the portal's first publication.
/// </summary>
public sealed class PageDates
{
    private readonly Dictionary<string, DateOnly> _dates = new(StringComparer.Ordinal);
    private readonly DateOnly? _firstPublication;

    public PageDates(IEnumerable<PageDate> dates)
    {
        foreach (var date in dates)
        {
            if (date.Url is null)
            {
                _firstPublication = _firstPublication is { } known && known <= date.Date ? known : date.Date;
            }
            else
            {
                Raise(PageOf(date.Url), date.Date);
            }
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

        // Validation requires the update history to hold at least the first publication.
        return date ?? _firstPublication ?? throw new InvalidOperationException("No section dates the first publication.");
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
