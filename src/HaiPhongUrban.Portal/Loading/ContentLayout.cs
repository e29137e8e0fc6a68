namespace HaiPhongUrban.Portal.Loading;

/// <summary>
/// Where each kind of content lives under <c>content/</c>: one documented place per kind, the same
/// names the README's table gives to staff.
/// </summary>
public static class ContentLayout
{
    public const string SiteFile = "site.yml";
    public const string ConclusionFile = "ket-luan/ket-luan.yml";
    public const string EditorialFile = "ket-luan/bien-tap.yml";
    public const string ErrataFile = "ket-luan/dinh-chinh.yml";

    /// <summary>Editorial links: which task group answers which limitation or builds on which result.</summary>
    public const string TraceLinksFile = "ket-luan/lien-ket.yml";
    public const string SourceFolder = "ket-luan/nguon";
    public const string TopicsFile = "chu-de.yml";
    public const string DocumentsFile = "van-ban.yml";
    public const string PagesFolder = "pages";

    /// <summary>Addresses that moved, in Netlify's format; optional, published at the root of the site.</summary>
    public const string RedirectsFile = "_redirects";

    /// <summary>The update history: the updates page, the Atom feed and each page's "last updated" come from it.</summary>
    public const string UpdatesFile = "cap-nhat.yml";

    /// <summary>One folder per dataset, named by its slug, holding <see cref="DatasetFile"/> and its CSV files.</summary>
    public const string DatasetsFolder = "datasets";
    public const string DatasetFile = "dataset.yml";

    /// <summary>
    /// The dataset table whose rows are the implementation tracker (<c>/theo-doi/</c>): one row per
    /// update of one task group. Resource names are unique across datasets, so the name alone finds it.
    /// </summary>
    public const string TrackerResource = "cap-nhat-thuc-hien";

    public static string PathOf(string contentDirectory, string relative) =>
        Path.GetFullPath(Path.Combine(contentDirectory, relative));
}
