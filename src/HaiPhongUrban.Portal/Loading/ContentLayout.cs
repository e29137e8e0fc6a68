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
    public const string SourceFolder = "ket-luan/nguon";
    public const string TopicsFile = "chu-de.yml";
    public const string DocumentsFile = "van-ban.yml";
    public const string PagesFolder = "pages";

    /// <summary>The update history: the updates page, the Atom feed and each page's "last updated" come from it.</summary>
    public const string UpdatesFile = "cap-nhat.yml";

    /// <summary>One folder per dataset, named by its slug, holding <see cref="DatasetFile"/> and its CSV files.</summary>
    public const string DatasetsFolder = "datasets";
    public const string DatasetFile = "dataset.yml";

    public static string PathOf(string contentDirectory, string relative) =>
        Path.GetFullPath(Path.Combine(contentDirectory, relative));
}
