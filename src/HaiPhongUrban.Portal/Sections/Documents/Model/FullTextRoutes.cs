using HaiPhongUrban.Portal.Kernel.Urls;

namespace HaiPhongUrban.Portal.Sections.Documents.Model;

/// <summary>
/// Where one full text is published: the page that holds it (every paragraph and heading an anchor
/// there), the page that lists its errata, and whether its numbered items of a kind (results,
/// limitations…) have pages of their own under it. The Conclusion's and every document's differ only here.
/// </summary>
public sealed record FullTextRoutes(string Page, string ErrataPage, bool ItemPages)
{
    public string Anchor(string paragraphId) => Page + UrlPath.Anchor(paragraphId);

    public string ItemPage(string itemId) => $"{Page}{itemId}/";

    /// <summary>A correction is explained in the errata list.</summary>
    public string Correction(string correctionId) => ErrataPage + UrlPath.Anchor(correctionId);

    /// <summary>The source transcription, offered beside the full text under a lower-case ASCII name.</summary>
    public string SourceDownload(string fileName) =>
        Page + Slug.From(Path.GetFileNameWithoutExtension(fileName)) + Path.GetExtension(fileName).ToLowerInvariant();
}
