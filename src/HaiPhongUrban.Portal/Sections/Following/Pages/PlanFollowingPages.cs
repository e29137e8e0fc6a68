using HaiPhongUrban.Portal.Kernel.Text;
using HaiPhongUrban.Portal.Kernel.Urls;
using HaiPhongUrban.Portal.Sections.Following.Model;
using HaiPhongUrban.Portal.Sections.Pages.Model;
using HaiPhongUrban.Portal.Model;
using HaiPhongUrban.Portal.Sections.Conclusion.Model;
using HaiPhongUrban.Portal.Sections.Datasets.Model;
using HaiPhongUrban.Portal.Sections.Documents.Model;
using HaiPhongUrban.Portal.Sections.Documents.Wording;
using HaiPhongUrban.Portal.Sections.Following.Views;
using HaiPhongUrban.Portal.Sections.Views;

namespace HaiPhongUrban.Portal.Sections.Following.Pages;

/// <summary>
/// The pages that follow the plan beyond its text: the traceability matrix (<c>/lien-ket/</c>), the
/// timeline of the years the text names (<c>/moc-thoi-gian/</c>) and the implementation tracker
/// (<c>/theo-doi/</c>); and each item page's side of the first and last of these.
/// </summary>
public sealed class PlanFollowingPages(PlanContext context)
{
    private readonly Site site = context.Site;
    private readonly ParagraphIndex paragraphs = new FullTextViews(context.Site.ConclusionText, context.Site.Settings.BaseUrl).Paragraphs;
    private readonly IReadOnlyList<NumberedItem> _taskGroups = ItemsOf(context.Site, ItemKind.TaskGroup);

    public IEnumerable<PageToRender> Run()
    {
        yield return Traceability();
        yield return Timeline();
        yield return Tracker();
    }

    /// <summary>The home page's ways to follow the Conclusion, and each item page's side of the traceability and the tracker.</summary>
    public IEnumerable<PagePanel> Panels()
    {
        yield return new PagePanel(SitePage.Home, FollowingSection.PanelName, new HomeFollowingView(FollowingRoutes.Traceability, FollowingRoutes.Timeline, FollowingRoutes.Tracker));
        foreach (var item in site.Conclusion.ItemsWithPages)
        {
            yield return new PagePanel(ConclusionRoutes.ItemPage(item.Id), FollowingSection.PanelName, new ItemFollowingView(TraceOf(item), FollowingRoutes.TraceItem(item.Id), TrackingOf(item)));
        }
    }

    /// <summary>An item's side of the traceability; no groups for an implementation item.</summary>
    public TraceItemView TraceOf(NumberedItem item)
    {
        var groups = item.Kind switch
        {
            ItemKind.Limitation => [Group(TraceKeys.AnsweredBy, site.TraceLinks.Where(l => l.TargetId == item.Id), byTask: false)],
            ItemKind.Result => [Group(TraceKeys.BuiltOnBy, site.TraceLinks.Where(l => l.TargetId == item.Id), byTask: false)],
            ItemKind.TaskGroup =>
            [
                Group(TraceKeys.Answers, site.TraceLinks.Where(l => l.TaskGroupId == item.Id && l.TargetKind == ItemKind.Limitation), byTask: true),
                Group(TraceKeys.BuildsOn, site.TraceLinks.Where(l => l.TaskGroupId == item.Id && l.TargetKind == ItemKind.Result), byTask: true),
            ],
            _ => Array.Empty<TraceGroupView>(),
        };
        return new TraceItemView(paragraphs.Ref(item.Id), item.Id, groups, Unanswered(item));
    }

    /// <summary>The tracker entry of a task group (one element), or nothing for any other item.</summary>
    public IReadOnlyList<TrackerGroupView> TrackingOf(NumberedItem item) =>
        item.Kind == ItemKind.TaskGroup ? [TrackerGroup(item)] : [];

    private TraceGroupView Group(string relation, IEnumerable<TraceLink> links, bool byTask) => new(
        relation,
        links.Select(l => new TraceLinkView(
                paragraphs.Ref(byTask ? l.TargetId : l.TaskGroupId),
                l.TaskWords,
                l.TargetWords,
                l.TargetKind.Name(),
                byTask ? FollowingRoutes.TraceLinkId(l.TaskGroupId, l.TargetId) : FollowingRoutes.TraceLinkId(l.TargetId, l.TaskGroupId),
                FollowingRoutes.TraceLink(l.TargetId, l.TaskGroupId)))
            .ToList());

    private PageToRender Traceability()
    {
        var limitations = ItemsOf(site, ItemKind.Limitation);
        var results = ItemsOf(site, ItemKind.Result);
        var byLimitation = limitations.Select(TraceOf).ToList();
        var byTaskGroup = _taskGroups.Select(TraceOf).ToList();
        var view = new TraceabilityView(
            byTaskGroup,
            [new("limitation", limitations.Select(Row).ToList()), new("result", results.Select(Row).ToList())],
            [
                new(TraceKeys.ByLimitation, "theo-han-che", byLimitation),
                new(TraceKeys.ByResult, "theo-ket-qua", results.Select(TraceOf).ToList()),
                new(TraceKeys.ByTaskGroup, "theo-nhiem-vu", byTaskGroup),
            ],
            site.TraceLinks.Count,
            byLimitation.Count(l => l.Unanswered),
            DatasetTableUrl(r => r.Name == "lien-ket-nhiem-vu-han-che"),
            ConclusionRoutes.About);
        return new(FollowingRoutes.Traceability, "links", Page(context.Strings.At("links", "lead"), FollowingRoutes.Traceability, "full-text"), view, TraceLinksPath);
    }

    private TraceMatrixRowView Row(NumberedItem target)
    {
        var cells = _taskGroups
            .Select(task => site.TraceLinks.FirstOrDefault(l => l.TaskGroupId == task.Id && l.TargetId == target.Id) is { } link
                ? new TraceCellView(link.TargetKind == ItemKind.Limitation ? TraceKeys.Answers : TraceKeys.BuildsOn, UrlPath.Anchor(FollowingRoutes.TraceLinkId(target.Id, task.Id)))
                : new TraceCellView(string.Empty, string.Empty))
            .ToList();
        return new TraceMatrixRowView(paragraphs.Ref(target.Id), cells, Unanswered(target));
    }

    /// <summary>The one rule the matrix, the lists and the item pages flag by: a limitation no link answers.</summary>
    private bool Unanswered(NumberedItem item) =>
        item.Kind == ItemKind.Limitation && !site.TraceLinks.Any(l => l.TargetId == item.Id);

    private static IReadOnlyList<NumberedItem> ItemsOf(Site site, ItemKind kind) =>
        site.Conclusion.Items.Where(i => i.Kind == kind).ToList();

    private PageToRender Timeline()
    {
        var mentions = TimeMentions.Of(site.Conclusion).ToList();
        var meeting = site.Conclusion.Facts.MeetingDate;
        var texts = site.Conclusion.AllParagraphs().ToDictionary(p => p.Id, p => p.Text, StringComparer.Ordinal);
        var years = new List<TimelineYearView>();
        foreach (var year in mentions.GroupBy(m => m.Year).OrderBy(g => g.Key))
        {
            var previous = years.Count > 0 ? years[^1].Year : (int?)null;
            years.Add(new TimelineYearView(
                year.Key,
                FollowingRoutes.TimelineYearId(year.Key),
                FollowingRoutes.TimelineYear(year.Key),
                meeting is { } m && year.Key > m.Year,
                Gap(previous, year.Key),
                year.Select(mention => Mention(mention, texts[mention.ParagraphId])).ToList()));
        }

        var view = new TimelineView(
            years,
            mentions.Count,
            DisplayFormat.Date(meeting, site.Settings.Language),
            DisplayFormat.DateIso(meeting),
            DatasetTableUrl(r => r.Name == "moc-thoi-gian"));
        return new(FollowingRoutes.Timeline, "timeline", Page(context.Strings.At("timeline", "lead"), FollowingRoutes.Timeline, "full-text"), view, site.ConclusionSourcePath);
    }

    /// <summary>How much space the axis leaves before a year: a step for each few years, not to scale, so 2019 and 2020 stay apart.</summary>
    private static string Gap(int? previous, int year) => (year - previous) switch
    {
        null => string.Empty,
        <= 2 => "s",
        <= 5 => "m",
        <= 10 => "l",
        _ => "xl",
    };

    private TimelineMentionView Mention(TimeMentions.TimeMention mention, string text)
    {
        var start = mention.Index;
        var end = start + mention.Phrase.Length;
        return new TimelineMentionView(
            mention.Phrase,
            Words(text[..start], fromEnd: true),
            Words(text[end..], fromEnd: false),
            DisplayFormat.Date(mention.Date, site.Settings.Language),
            DisplayFormat.DateIso(mention.Date),
            paragraphs.Ref(mention.ParagraphId),
            ConclusionRoutes.FullTextAnchor(mention.ParagraphId));
    }

    /// <summary>About ten words next to the phrase, cut at a word and marked with "…" where the paragraph goes on.</summary>
    private static string Words(string text, bool fromEnd)
    {
        const int count = 10;
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length <= count)
        {
            return text;
        }

        return fromEnd
            ? "…" + string.Join(' ', words[^count..]) + (text.EndsWith(' ') ? " " : string.Empty)
            : (text.StartsWith(' ') ? " " : string.Empty) + string.Join(' ', words[..count]) + "…";
    }

    private PageToRender Tracker()
    {
        var groups = _taskGroups.Select(TrackerGroup).ToList();
        var view = new TrackerView(
            groups,
            groups.Count(g => g.HasReport),
            TrackerStatus.All,
            DatasetTableUrl(r => r.Name == FollowingSection.TrackerResource),
            site.PageUrlIfAny(PageRoutes.StaffGuidePageSlug));
        var source = site.Get<TrackerPart>().SourcePath;
        return new(FollowingRoutes.Tracker, "tracker", Page(context.Strings.At("tracker", "lead"), FollowingRoutes.Tracker, "tracker"), view, source);
    }

    private TrackerGroupView TrackerGroup(NumberedItem task)
    {
        // Newest first; two rows of one day keep the order they were written in, the later one on top.
        var history = site.Tracker
            .Where(u => u.TaskGroupId == task.Id)
            .OrderByDescending(u => u.Date)
            .ThenByDescending(u => u.Line)
            .Select(u => new TrackerEntryView(DisplayFormat.Date(u.Date, site.Settings.Language), DisplayFormat.DateIso(u.Date), u.Status, u.Source, u.SourceUrl, u.Note))
            .ToList();
        var latest = history.Count > 0 ? history[0] : TrackerEntryView.None;
        return new TrackerGroupView(
            paragraphs.Ref(task.Id),
            task.Id,
            FollowingRoutes.TrackerGroup(task.Id),
            latest,
            latest.Status is TrackerStatus.InProgress or TrackerStatus.Completed,
            history);
    }

    /// <summary>Where a table is described on its dataset's page, or empty when no dataset publishes it.</summary>
    private string DatasetTableUrl(Func<DataResource, bool> which) =>
        site.Datasets
            .SelectMany(d => d.Resources.Where(which).Select(r => DatasetRoutes.Dataset(d.Slug) + UrlPath.Anchor(DatasetRoutes.ResourceAnchor(r.Name))))
            .FirstOrDefault() ?? string.Empty;

    private string TraceLinksPath => site.Get<ConclusionPart>().TraceLinksPath;

    private PageView Page(string description, string url, string navKey) => context.Page(string.Empty, description, url, navKey, [PlanContext.HomeCrumb]);
}
