using HaiPhongUrban.Portal.Kernel.Files;
using HaiPhongUrban.Portal.Model.Settings;
using HaiPhongUrban.Portal.Rendering.Redirects;
using HaiPhongUrban.Portal.Sections.Conclusion.Loading;
using HaiPhongUrban.Portal.Sections.Datasets.Loading;
using HaiPhongUrban.Portal.Sections.Documents.Loading;
using HaiPhongUrban.Portal.Sections.Following.Loading;
using HaiPhongUrban.Portal.Sections.Pages.Loading;
using HaiPhongUrban.Portal.Sections.Updates.Loading;
using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Sections;

namespace HaiPhongUrban.Portal.Loading;

/// <summary>
/// Stage 1, load: reads every file of <c>content/</c> into raw records, reporting what cannot be read
/// (missing, not UTF-8, malformed YAML, unknown fields) and going on, so that one run lists it all.
/// </summary>
public static class LoadContent
{
    public static RawContent Run(string contentDirectory, DiagnosticBag diagnostics)
    {
        string At(string relative) => ContentLayout.PathOf(contentDirectory, relative);

        // Nothing is read from a content folder that links outside itself, not even the files that do not.
        if (FindLinksOutside.Run(contentDirectory, "content", diagnostics).Count > 0)
        {
            return new RawContent(contentDirectory, null, null, [], [], [], [], [], [], [], [], null, null, []);
        }

        var (corrections, joins) = LoadErrata.Load(At(ContentLayout.ErrataFile), diagnostics);
        return new RawContent(
            contentDirectory,
            LoadSiteSettings.Load(At(ContentLayout.SiteFile), diagnostics),
            LoadFullText.Load(At(ContentLayout.ConclusionFile), diagnostics),
            LoadEditorial.LoadEntries(At(ContentLayout.EditorialFile), diagnostics),
            LoadTraceLinks.Load(At(ContentLayout.TraceLinksFile), diagnostics),
            LoadEditorial.LoadTopics(At(ContentLayout.TopicsFile), diagnostics),
            corrections,
            joins,
            LoadDocuments.Load(At(ContentLayout.DocumentsFile), diagnostics),
            LoadPages.Load(At(ContentLayout.PagesFolder), diagnostics),
            LoadDatasets.Load(At(ContentLayout.DatasetsFolder), diagnostics),
            LoadSourceTranscription.Load(At(ContentLayout.SourceFolder), diagnostics),
            LoadRedirects.Load(At(ContentLayout.RedirectsFile), diagnostics),
            LoadUpdates.Load(At(ContentLayout.UpdatesFile), diagnostics));
    }
}
