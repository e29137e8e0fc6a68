using HaiPhongUrban.Portal.Kernel.Urls;
using System.Globalization;

namespace HaiPhongUrban.Portal.Sections.Following.Model;

/// <summary>The addresses of what follows the Conclusion: the traceability matrix, the timeline, the tracker.</summary>
public static class FollowingRoutes
{
    /// <summary>Which task group answers which limitation or builds on which result (editorial): a matrix and lists both ways.</summary>
    public const string Traceability = "/lien-ket/";

    /// <summary>The dates and horizons the Conclusion names, each linked to its paragraph.</summary>
    public const string Timeline = "/moc-thoi-gian/";

    /// <summary>The implementation tracker: each task group's latest status and its history.</summary>
    public const string Tracker = "/theo-doi/";

    /// <summary>
    /// The id, on the traceability page, of one link in the list by limitation or result
    /// ("han-che-1--nhiem-vu-2"); the list by task group names the same link the other way round.
    /// Paragraph ids never contain "--", so these never collide with a section's id.
    /// </summary>
    public static string TraceLinkId(string fromId, string toId) => $"{fromId}--{toId}";

    /// <summary>One link of the traceability page's list by limitation or result.</summary>
    public static string TraceLink(string targetId, string taskGroupId) => Traceability + UrlPath.Anchor(TraceLinkId(targetId, taskGroupId));

    /// <summary>The part of the traceability page about one item (a limitation, result or task group).</summary>
    public static string TraceItem(string itemId) => Traceability + UrlPath.Anchor(itemId);

    /// <summary>The id of one year's part of the timeline ("nam-2050").</summary>
    public static string TimelineYearId(int year) => "nam-" + year.ToString(CultureInfo.InvariantCulture);

    public static string TimelineYear(int year) => Timeline + UrlPath.Anchor(TimelineYearId(year));

    /// <summary>One task group's history on the tracker page.</summary>
    public static string TrackerGroup(string taskGroupId) => Tracker + UrlPath.Anchor(taskGroupId);
}
