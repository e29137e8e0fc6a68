using HaiPhongUrban.Portal.Kernel.Text;
using HaiPhongUrban.Portal.Sections.Datasets.Content;
using HaiPhongUrban.Portal.Sections.Updates.Content;
using HaiPhongUrban.Portal.Sections.Updates.Loading;
using HaiPhongUrban.Portal.Sections.Updates.Model;
using HaiPhongUrban.Portal.Sections.Updates.Publishing;
using HaiPhongUrban.Portal.Sections.Updates.Validation;
using HaiPhongUrban.Portal.Sections.Updates.Views;
using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Model;

namespace HaiPhongUrban.Portal.Sections.Updates;

/// <summary>
/// The update history (<c>content/cap-nhat.yml</c>): one dated entry per published change, shown at
/// <c>/cap-nhat/</c>, sent as the Atom feed <c>/feed.xml</c>, and the "last updated" date of every page
/// an entry names; its oldest entry, the first publication, dates every page nothing else dates.
/// </summary>
public sealed class UpdatesSection : ISection
{
    /// <summary>The update history: the updates page, the Atom feed and each page's "last updated" come from it.</summary>
    public const string File = "cap-nhat.yml";

    public SectionClaims Claims { get; } = new(
        "updates",
        ReservedSegments: [UpdateRoutes.Segment],
        Layouts: ["updates"],
        StringPrefixes: ["updates"],
        RequiredStrings: ["updates.title", "updates.lead"],
        Menu: [],
        Panels: [],
        SearchKinds: []);

    public RawContent Load(RawContent content, DiagnosticBag diagnostics) =>
        content.With(new RawUpdates(ContentFiles.PathOf(content.ContentDirectory, File), LoadUpdates.Load(ContentFiles.PathOf(content.ContentDirectory, File), diagnostics)));

    public void Validate(ValidateContext context) =>
        ValidateUpdates.Run(context.Content.Get<RawUpdates>().Updates, context.Content.Get<RawDatasets>().Datasets, context.Diagnostics);

    /// <summary>
    /// Newest first, as the updates page and the feed show them. The sort is stable, so entries of one
    /// day keep the order staff wrote them in: the same file always gives the same order.
    /// </summary>
    public Site Model(RawContent content, Site site)
    {
        var raw = content.Get<RawUpdates>();
        var updates = raw.Updates
            .Select(u => new Update(u.Id.Value, u.Date.Value!.Value, u.Title.Value, u.Summary.Value, u.Url.Value, u.OtherUrls.Select(o => o.Value).ToList()))
            .OrderByDescending(u => u.Date)
            .ToList();
        return site.With(new UpdatesPart(updates, raw.FilePath));
    }

    /// <summary>
    /// The Atom feed of the history. It carries Vietnamese entries, so it is worded in the content's
    /// language whatever the interface's, like the catalogues: one feed URL, the same bytes from either build.
    /// </summary>
    public Site Publish(Site site, PublishContext context)
    {
        var settings = site.Settings;

        // Until site.yml names a publisher, the portal itself is the feed's author (as in its dataset
        // citations), rather than an invented name.
        var hasPublisher = settings.PublisherName.Length > 0;
        var header = new FeedHeader(
            settings.Title,
            context.ContentStrings.At("updates", "lead"),
            SiteSettings.ContentLanguage,
            settings.BaseUrl,
            hasPublisher ? settings.PublisherName : settings.Title,
            hasPublisher ? settings.PublisherUrl : string.Empty);
        context.Write(UpdateRoutes.Feed, AtomFeed.Write(header, site.Updates));
        return site;
    }

    /// <summary>Every address an entry names dates its page; the updates page is as new as its newest entry.</summary>
    public IEnumerable<PageDate> PageDates(Site site) =>
    [
        .. site.Updates.SelectMany(u => u.Urls.Select(url => new PageDate(url, u.Date))),
        new PageDate(UpdateRoutes.Updates, site.Updates.Max(u => u.Date)),
        new PageDate(null, site.Updates.Min(u => u.Date)),
    ];

    /// <summary>The change history. Its links are the updates' addresses, so the link check tests each one, reported in cap-nhat.yml.</summary>
    public IEnumerable<PageToRender> PlanPages(PlanContext context)
    {
        var view = new UpdatesView(
            context.Site.Updates.Select(u => new UpdateView(u.Id, DisplayFormat.DateIso(u.Date), context.Date(u.Date), u.Title, u.Summary, u.Url, u.OtherUrls)).ToList(),
            UpdateRoutes.Feed);
        yield return new(UpdateRoutes.Updates, "updates", context.Page(string.Empty, context.Strings.At("updates", "lead"), UpdateRoutes.Updates, string.Empty, []), view, context.Site.Get<UpdatesPart>().SourcePath);
    }
}
