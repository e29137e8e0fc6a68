using HaiPhongUrban.Portal.Kernel.Urls;
using HaiPhongUrban.Portal.Kernel.Diagnostics;

namespace HaiPhongUrban.Portal.Building;

/// <summary>
/// Warns, at the top of <c>published-urls.txt</c>, of every address a run publishes that the list does not
/// hold yet, with the command that records them: a new address becomes a promise in the change that makes it,
/// seen by staff at <c>validate</c> time rather than by CI afterwards. Only where the list exists (the folder
/// above the content folder): a content folder elsewhere (a fixture, a trial copy) promises nothing.
/// </summary>
public static class CheckPublishedUrls
{
    public static void Run(string contentDirectory, IEnumerable<string> published, DiagnosticBag diagnostics)
    {
        var listFile = PublishedUrlList.Beside(contentDirectory);
        if (!File.Exists(listFile))
        {
            return;
        }

        var unlisted = PublishedUrlList.Unlisted(listFile, published);
        if (unlisted.Count > 0)
        {
            diagnostics.Warning(SourceLocation.StartOf(listFile), Messages.UrlsNotRecorded,
                unlisted.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), string.Join(", ", unlisted), PublishedUrlList.RecordCommand);
        }
    }
}
