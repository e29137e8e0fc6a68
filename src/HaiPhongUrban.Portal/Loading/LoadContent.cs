using HaiPhongUrban.Portal.Content;
using HaiPhongUrban.Portal.Diagnostics;

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

        var (corrections, joins) = LoadErrata.Load(At(ContentLayout.ErrataFile), diagnostics);
        return new RawContent(
            contentDirectory,
            LoadSiteSettings.Load(At(ContentLayout.SiteFile), diagnostics),
            LoadConclusion.Load(At(ContentLayout.ConclusionFile), diagnostics),
            LoadEditorial.LoadEntries(At(ContentLayout.EditorialFile), diagnostics),
            LoadEditorial.LoadTopics(At(ContentLayout.TopicsFile), diagnostics),
            corrections,
            joins,
            LoadDocuments.Load(At(ContentLayout.DocumentsFile), diagnostics),
            LoadPages.Load(At(ContentLayout.PagesFolder), diagnostics),
            LoadDatasets.Load(At(ContentLayout.DatasetsFolder), diagnostics),
            LoadSourceTranscription.Load(At(ContentLayout.SourceFolder), diagnostics),
            LoadUpdates.Load(At(ContentLayout.UpdatesFile), diagnostics));
    }
}
