using HaiPhongUrban.Portal.Kernel.Urls;
using HaiPhongUrban.Portal.Kernel.Tables;
using HaiPhongUrban.Portal.Model;
using HaiPhongUrban.Portal.Sections.Documents.Model;
using System.Globalization;

namespace HaiPhongUrban.Portal.Sections.Documents.Wording;

/// <summary>
/// A full text as a table, one row per paragraph in reading order, for a dataset to publish
/// (<c>generated_from:</c>): generated, so it can never drift from the published wording.
/// </summary>
public static class ParagraphTable
{
    public static readonly IReadOnlyList<string> Columns = ["id", "order", "section_id", "number", "text", "url"];

    /// <summary>The table of the full text <paramref name="key"/>, once the site has modelled it.</summary>
    public static TableSource Of(string name, string key) => new(name, Columns, site => Rows(site.OfficialTexts.All.First(t => t.Key == key), site.Settings.BaseUrl));

    public static IReadOnlyList<TableRow> Rows(OfficialText text, string baseUrl) =>
        FullTextParagraphs.InOrder(text.Text)
            .Select((p, index) => new TableRow(0,
            [
                p.Paragraph.Id,
                (index + 1).ToString(CultureInfo.InvariantCulture),
                p.SectionId,
                p.Marker,
                p.Paragraph.Text,
                UrlPath.Absolute(baseUrl, text.Routes.Anchor(p.Paragraph.Id)) ?? text.Routes.Anchor(p.Paragraph.Id),
            ]))
            .ToList();
}
