using HaiPhongUrban.Portal.Sections.Documents.Model;

namespace HaiPhongUrban.Portal.Sections.Conclusion.Model;

/// <summary>The addresses of the Conclusion: its full text and everything under <see cref="Segment"/>.</summary>
public static class ConclusionRoutes
{
    public const string Segment = "ket-luan";
    public const string FullText = "/" + Segment + "/";

    /// <summary>The table of contents of the full text (the id is given by theme/layouts/full-text.liquid; CheckLinks holds them together).</summary>
    public const string FullTextContents = FullText + "#muc-luc";

    /// <summary>The about page, where the Conclusion's provenance and errata are listed (a Markdown page of the Pages section).</summary>
    public const string About = "/gioi-thieu/";

    /// <summary>The Conclusion's full text is addressed like any other, with a page per result, limitation, task group and implementation item.</summary>
    public static readonly FullTextRoutes Text = new(FullText, About, ItemPages: true);

    /// <summary>A paragraph in the full text: every paragraph of official wording has one.</summary>
    public static string FullTextAnchor(string paragraphId) => Text.Anchor(paragraphId);

    /// <summary>The page of one result, limitation, task group or implementation item.</summary>
    public static string ItemPage(string itemId) => Text.ItemPage(itemId);

    public static string SourceDownload(string fileName) => Text.SourceDownload(fileName);
}
