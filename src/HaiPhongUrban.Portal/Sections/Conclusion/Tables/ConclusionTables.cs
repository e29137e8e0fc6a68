using HaiPhongUrban.Portal.Kernel.Urls;
using HaiPhongUrban.Portal.Sections.Conclusion.Model;
using HaiPhongUrban.Portal.Sections.Documents.Wording;
using HaiPhongUrban.Portal.Kernel.Tables;
using HaiPhongUrban.Portal.Model;
using HaiPhongUrban.Portal.Sections.Documents.Model;
using System.Globalization;

namespace HaiPhongUrban.Portal.Sections.Conclusion.Tables;

/// <summary>
/// The tables the portal draws from the Conclusion itself (<c>generated_from:</c> in a dataset.yml).
/// Generated rather than typed by hand, so a table can never drift from the published wording: every
/// value here is a value of the content, nothing is estimated or invented. URLs are absolute once the
/// base URL is known.
/// </summary>
public static class ConclusionTables
{
    private static readonly IReadOnlyList<string> ItemColumns = ["id", "number", "short_title", "themes", "text", "url"];

    public static IReadOnlyList<TableSource> All { get; } =
    [
        new("conclusion-paragraphs", ParagraphTable.Columns, site => ParagraphTable.Rows(site.ConclusionText, site.Settings.BaseUrl)),
        new("conclusion-results", ItemColumns, site => Items(site, ItemKind.Result)),
        new("conclusion-limitations", ItemColumns, site => Items(site, ItemKind.Limitation)),
        new("conclusion-task-groups", ItemColumns, site => Items(site, ItemKind.TaskGroup)),
        new("conclusion-recipients", ["id", "order", "text"], site => Rows(site.Conclusion.Recipients.Items
            .Select((r, index) => (IReadOnlyList<string>)[r.Id, Number(index + 1), r.Text]))),
        new("conclusion-timeline", ["order", "year", "date", "phrase", "paragraph_id", "url"], site => Rows(TimeMentions.Of(site.Conclusion)
            .Select((m, index) => (IReadOnlyList<string>)[Number(index + 1), Number(m.Year), m.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty, m.Phrase, m.ParagraphId, Url(site, ConclusionRoutes.FullTextAnchor(m.ParagraphId))]))),
        new("limitation-links", ["task_group_id", "limitation_id", "task_words", "limitation_words"], site => Links(site, ItemKind.Limitation)),
        new("result-links", ["task_group_id", "result_id", "task_words", "result_words"], site => Links(site, ItemKind.Result)),
    ];

    private static IReadOnlyList<TableRow> Items(Site site, ItemKind kind) => Rows(site.Conclusion.Items
        .Where(i => i.Kind == kind)
        .Select(i => (IReadOnlyList<string>)
        [
            i.Id,
            Number(i.Number),
            i.Paragraph.Editorial.ShortTitle ?? string.Empty,
            string.Join(';', i.Paragraph.Editorial.Topics.Select(t => t.Id)),
            i.Paragraph.Text,
            Url(site, ConclusionRoutes.ItemPage(i.Id)),
        ]));

    /// <summary>The editorial links of one kind, in the order lien-ket.yml gives them.</summary>
    private static IReadOnlyList<TableRow> Links(Site site, ItemKind kind) => Rows(site.TraceLinks
        .Where(l => l.TargetKind == kind)
        .Select(l => (IReadOnlyList<string>)[l.TaskGroupId, l.TargetId, l.TaskWords, l.TargetWords]));

    private static IReadOnlyList<TableRow> Rows(IEnumerable<IReadOnlyList<string>> rows) => rows.Select(cells => new TableRow(0, cells)).ToList();

    private static string Url(Site site, string url) => UrlPath.Absolute(site.Settings.BaseUrl, url) ?? url;

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
