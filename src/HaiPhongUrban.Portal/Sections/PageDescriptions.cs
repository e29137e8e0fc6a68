using HaiPhongUrban.Portal.Kernel.Theme;
using HaiPhongUrban.Portal.Sections.Documents.Model;
using System.Globalization;

namespace HaiPhongUrban.Portal.Sections;

/// <summary>
/// Descriptions (meta description, Open Graph, Twitter) for the pages whose content gives none of its
/// own: lists, search, the 404 page. Worded by the theme's strings, so they follow the site language;
/// each names what is on its page, so no two pages share one where the content can tell them apart.
/// </summary>
public sealed class PageDescriptions(StringTable strings)
{
    /// <summary>The strings these descriptions (and the feed) read from C#; ValidateTheme makes sure each exists.</summary>
    public static readonly IReadOnlyList<string> StringKeys =
    [
        "documents.lead", "datasets.lead", "not_found.lead", "updates.title", "updates.lead",
        "meta.datasets_by_date", "meta.datasets_theme", "meta.datasets_keyword", "meta.search",
        "links.lead", "timeline.lead", "tracker.lead",
    ];

    public string DocumentList() => strings.At("documents", "lead");

    /// <summary>"Nghị quyết 04-NQ/TU về …. Nghị quyết được tổng kết trong Kết luận này.": what the text says of it, and why it is listed.</summary>
    public string Document(RelatedDocument document)
    {
        var name = string.Join(' ', new[] { strings.At("document_types", document.Type), document.Number, document.Title }.Where(s => s.Length > 0));
        return $"{name}. {strings.At("relations", document.Relation)}.";
    }

    /// <summary>The catalogue, whole (by title or newest first) or filtered to one theme or keyword.</summary>
    public string Catalogue(string sort, string filterKind, string filter, int count) => filterKind switch
    {
        "theme" => Fill(strings.At("meta", "datasets_theme"), filter, count),
        "keyword" => Fill(strings.At("meta", "datasets_keyword"), filter, count),
        _ when sort == "date" => strings.At("meta", "datasets_by_date"),
        _ => strings.At("datasets", "lead"),
    };

    public string Search() => strings.At("meta", "search");

    public string NotFound() => strings.At("not_found", "lead");

    public string Updates() => strings.At("updates", "lead");

    public string Traceability() => strings.At("links", "lead");

    public string Timeline() => strings.At("timeline", "lead");

    public string Tracker() => strings.At("tracker", "lead");

    private static string Fill(string template, string name, int count) =>
        template.Replace("{name}", name, StringComparison.Ordinal).Replace("{count}", count.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
