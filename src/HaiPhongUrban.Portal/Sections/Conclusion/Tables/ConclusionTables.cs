using HaiPhongUrban.Portal.Routing;
using HaiPhongUrban.Portal.Kernel.Tables;
using HaiPhongUrban.Portal.Sections.Documents.Model;
using HaiPhongUrban.Portal.Sections.Following.Model;
using System.Globalization;
using System.Text.RegularExpressions;

namespace HaiPhongUrban.Portal.Sections.Conclusion.Tables;

/// <summary>
/// The tables the portal draws from the Conclusion itself (<c>generated_from:</c> in a dataset.yml).
/// Generated rather than typed by hand, so a table can never drift from the published wording: every
/// value here is a value of the content, nothing is estimated or invented.
/// </summary>
public static partial class ConclusionTables
{
    /// <summary>Each table's name and the columns it produces, in order; a schema must list exactly these.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Columns = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        ["conclusion-paragraphs"] = ["id", "order", "section_id", "number", "text", "url"],
        ["conclusion-results"] = ItemColumns,
        ["conclusion-limitations"] = ItemColumns,
        ["conclusion-task-groups"] = ItemColumns,
        ["conclusion-recipients"] = ["id", "order", "text"],
        ["conclusion-timeline"] = ["order", "year", "date", "phrase", "paragraph_id", "url"],
        ["documents"] = ["slug", "type", "number", "date", "issuer", "title", "relation", "url"],
        ["limitation-links"] = ["task_group_id", "limitation_id", "task_words", "limitation_words"],
        ["result-links"] = ["task_group_id", "result_id", "task_words", "result_words"],
    };

    private static IReadOnlyList<string> ItemColumns => ["id", "number", "short_title", "themes", "text", "url"];

    /// <summary>The rows of table <paramref name="name"/> (one of <see cref="Columns"/>), with URLs absolute when the base URL is known.</summary>
    public static IReadOnlyList<TableRow> Rows(
        string name, FullText conclusion, IReadOnlyList<RelatedDocument> documents, IReadOnlyList<TraceLink> traceLinks, string baseUrl)
    {
        string Url(string url) => UrlScheme.Absolute(baseUrl, url) ?? url;
        IReadOnlyList<string>[] rows = name switch
        {
            "conclusion-paragraphs" => Paragraphs(conclusion)
                .Select((p, index) => (IReadOnlyList<string>)[p.Paragraph.Id, Number(index + 1), p.SectionId, p.Marker, p.Paragraph.Text, Url(UrlScheme.FullTextAnchor(p.Paragraph.Id))])
                .ToArray(),
            "conclusion-results" => Items(conclusion, ItemKind.Result, Url),
            "conclusion-limitations" => Items(conclusion, ItemKind.Limitation, Url),
            "conclusion-task-groups" => Items(conclusion, ItemKind.TaskGroup, Url),
            "conclusion-recipients" => conclusion.Recipients.Items
                .Select((r, index) => (IReadOnlyList<string>)[r.Id, Number(index + 1), r.Text])
                .ToArray(),
            "conclusion-timeline" => Timeline(conclusion)
                .Select((m, index) => (IReadOnlyList<string>)[Number(index + 1), Number(m.Year), m.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty, m.Phrase, m.ParagraphId, Url(UrlScheme.FullTextAnchor(m.ParagraphId))])
                .ToArray(),
            "documents" => documents
                .Select(d => (IReadOnlyList<string>)[d.Slug, d.Type, d.Number, d.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty, d.Issuer, d.Title, d.Relation, Url(UrlScheme.Document(d.Slug))])
                .ToArray(),
            "limitation-links" => Links(traceLinks, ItemKind.Limitation),
            "result-links" => Links(traceLinks, ItemKind.Result),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Validation admits only the names of Columns."),
        };
        return rows.Select(cells => new TableRow(0, cells)).ToList();
    }

    /// <summary>A date or year the wording names, with the exact words that name it and where they start in the paragraph.</summary>
    public sealed record TimeMention(int Year, DateOnly? Date, string Phrase, string ParagraphId, int Index);

    /// <summary>
    /// Every date and year the wording names, in text order: "ngày 03/01/2012", "ngày 11 tháng 11
    /// năm 2023", "đến năm 2050", or a bare year. Read from the wording, so the timeline can only hold
    /// what the text says.
    /// </summary>
    public static IEnumerable<TimeMention> Timeline(FullText conclusion)
    {
        foreach (var (paragraph, _, _) in Paragraphs(conclusion))
        {
            foreach (Match match in TimePhrase().Matches(paragraph.Text))
            {
                var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
                DateOnly? date = null;
                if (match.Groups["day"].Success)
                {
                    var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
                    var month = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
                    date = month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
                }

                yield return new TimeMention(year, date, match.Value, paragraph.Id, match.Index);
            }
        }
    }

    private static IReadOnlyList<string>[] Items(FullText conclusion, ItemKind kind, Func<string, string> url) =>
        conclusion.Items
            .Where(i => i.Kind == kind)
            .Select(i => (IReadOnlyList<string>)
            [
                i.Id,
                Number(i.Number),
                i.Paragraph.Editorial.ShortTitle ?? string.Empty,
                string.Join(';', i.Paragraph.Editorial.Topics.Select(t => t.Id)),
                i.Paragraph.Text,
                url(UrlScheme.ItemPage(i.Id)),
            ])
            .ToArray();

    /// <summary>The editorial links of one kind, in the order lien-ket.yml gives them.</summary>
    private static IReadOnlyList<string>[] Links(IReadOnlyList<TraceLink> links, ItemKind kind) =>
        links
            .Where(l => l.TargetKind == kind)
            .Select(l => (IReadOnlyList<string>)[l.TaskGroupId, l.TargetId, l.TaskWords, l.TargetWords])
            .ToArray();

    /// <summary>Every paragraph in text order with the section it stands in and its printed number.</summary>
    private static IEnumerable<(Paragraph Paragraph, string SectionId, string Marker)> Paragraphs(FullText conclusion)
    {
        yield return (conclusion.Opening, string.Empty, string.Empty);
        foreach (var entry in conclusion.Sections.SelectMany(SectionParagraphs))
        {
            yield return entry;
        }

        foreach (var recipient in conclusion.Recipients.Items)
        {
            yield return (recipient, conclusion.Recipients.Id, string.Empty);
        }

        yield return (conclusion.Signature, string.Empty, string.Empty);
    }

    private static IEnumerable<(Paragraph, string, string)> SectionParagraphs(Section section) =>
        section.Intro.Select(p => (p, section.Id, string.Empty))
            .Concat(section.Items.Select(i => (i.Paragraph, section.Id, i.Marker)))
            .Concat(section.Sections.SelectMany(SectionParagraphs));

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    // Full dates first (dd/mm/yyyy, "ngày d tháng m năm yyyy"), then "năm yyyy" with the word before
    // it ("đến năm 2050"), then a bare year of this or the last century.
    [GeneratedRegex(@"[Nn]gày\s+(?<day>\d{1,2})/(?<month>\d{1,2})/(?<year>\d{4})|[Nn]gày\s+(?<day>\d{1,2})\s+tháng\s+(?<month>\d{1,2})\s+năm\s+(?<year>\d{4})|(?:(?:đến|từ|trong|vào|sau)\s+)?năm\s+(?<year>(?:19|20)\d{2})\b|\b(?<year>(?:19|20)\d{2})\b")]
    private static partial Regex TimePhrase();
}
