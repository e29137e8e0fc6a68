using HaiPhongUrban.Portal.Kernel.Theme;
using HaiPhongUrban.Portal.Loading;
using HaiPhongUrban.Portal.Model;
using HaiPhongUrban.Portal.Rendering;
using HaiPhongUrban.Portal.Rendering.Redirects;
using HaiPhongUrban.Portal.Rendering.Search;
using HaiPhongUrban.Portal.Routing;
using HaiPhongUrban.Portal.Sections.Conclusion.Pages;
using HaiPhongUrban.Portal.Sections.Datasets.Publishing;
using HaiPhongUrban.Portal.Sections.Datasets.Validation;
using HaiPhongUrban.Portal.Validation;
using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Kernel.Output;
using HaiPhongUrban.Portal.Sections;
using System.Text;

namespace HaiPhongUrban.Portal.Building;

/// <summary>
/// The build, top to bottom. The order listed is the order of execution; each stage reads only the
/// previous stage's immutable output. Any error stops the run before the output is touched. The numbered
/// stages are the <see cref="BuildStage"/>s the console shows: each is reported to <c>progress</c> as it
/// starts, and the render stage reports every page done.
/// </summary>
public static class SiteBuilder
{
    /// <summary>
    /// The build. Each stage is reported to <paramref name="progress"/> as it starts. With <paramref name="into"/>
    /// the site is written there instead of the output folder: the live preview keeps it in memory. What the
    /// sink holds after a failed run is to be thrown away.
    /// </summary>
    public static BuildResult Run(BuildRequest request, IProgress<BuildProgress>? progress = null, IOutputSink? into = null)
    {
        var diagnostics = new DiagnosticBag();
        var result = Run(request, into, diagnostics, progress ?? NoProgress.Instance);
        return result with { Diagnostics = diagnostics.Sorted() };
    }

    private static BuildResult Run(BuildRequest request, IOutputSink? into, DiagnosticBag diagnostics, IProgress<BuildProgress> progress)
    {
        var failed = new BuildResult([], 0, 0);

        // 0. Refuse an output folder whose replacement would destroy content, the theme or a root.
        //    '|' (not '||') so that a missing content and a missing theme folder are both reported.
        if (!RequireFolder(request.ContentDirectory, diagnostics) | !RequireFolder(request.ThemeDirectory, diagnostics)
            || (request.Write && !OutputGuard.Check(request.OutputDirectory, request.ContentDirectory, request.ThemeDirectory, diagnostics)))
        {
            return failed;
        }

        // 1. Load: content and theme files into raw records (unreadable files reported, loading goes on).
        progress.Report(BuildProgress.Started(BuildStage.Load));
        var content = LoadContent.Run(request.ContentDirectory, diagnostics);
        var theme = LoadTheme.Run(request.ThemeDirectory, diagnostics);

        // The deploy's own address stands in for base_url until staff write the real one in site.yml.
        if (content.Settings is { BaseUrl: "" } written && request.BaseUrl.Length > 0)
        {
            content = content with { Settings = written with { BaseUrl = request.BaseUrl } };
        }

        // 2. Validate: every schema and cross-reference check, all of them, before anything is built.
        progress.Report(BuildProgress.Started(BuildStage.Validate));
        ValidateSite.Run(content, theme, diagnostics);

        // Templates are parsed here, still before any page, so their syntax errors join the list.
        var engine = TemplateEngine.Compile(theme, diagnostics);
        if (diagnostics.HasErrors || engine is null)
        {
            CheckReferencesDespiteDataErrors(content, diagnostics);
            return failed;
        }

        // 3. Model: the typed, immutable site, with every URL decided by UrlScheme.
        progress.Report(BuildProgress.Started(BuildStage.Model));
        var site = BuildModel.Run(content);

        // Checks that need the model: tables drawn from the Conclusion, and every foreign key.
        CheckDataTables.Run(content.Datasets, site.Datasets, diagnostics);
        if (diagnostics.HasErrors)
        {
            return failed;
        }

        // 4. Search: what the search page can find, as one static file its script fetches. The index holds
        //    content, so it names document types in the content's language (Vietnamese) whatever the
        //    interface's, like the catalogues below: both are the same bytes in every build.
        progress.Report(BuildProgress.Started(BuildStage.SearchIndex));
        var strings = theme.Strings[site.Settings.Language];
        var contentStrings = theme.Strings[SiteSettings.ContentLanguage];
        var searchIndex = SearchIndexFile.Of(BuildSearchIndex.Run(site, type => contentStrings.At("document_types", type)));

        var assets = PublishStaticFiles.Assets(theme);
        var files = assets.Values.Append(PublishStaticFiles.Source(site.Source)).Append(searchIndex).ToList();

        var siteView = SharedViews.Site(site, assets);
        var searchView = SharedViews.Search(searchIndex, assets);

        StagingFolder? staging = null;
        try
        {
            staging = request.Write && into is null ? StagingFolder.CreateBeside(request.OutputDirectory) : null;
            IOutputSink sink = into ?? (IOutputSink?)staging ?? new DiscardingSink();

            // 5. Publish data: every download, schema and catalogue, hashed as it is written, so that
            //    the pages planned next show the sizes and checksums of the published bytes.
            progress.Report(BuildProgress.Started(BuildStage.PublishData));
            var catalogueContext = CatalogueContext.From(site.Settings, contentStrings);
            var published = PublishDatasets.Run(site.Datasets, catalogueContext, sink);
            var dataUrls = PublishDatasets.WriteCatalogues(published, catalogueContext, sink);
            var pages = new PlanPages(site, published, searchView, strings).Run();

            // Discovery: the Atom feed of the update history, the sitemap of the pages just planned, robots.txt.
            // The feed carries Vietnamese entries, so it is worded in the content's language whatever the
            // interface's, like the catalogues: one feed URL, the same bytes from either build.
            files.AddRange(PublishDiscoveryFiles.Run(site, pages, contentStrings));

            // 6. Render: pages in parallel, each streamed into the staging folder (or nowhere, for validate).
            progress.Report(BuildProgress.Started(BuildStage.RenderPages, pages.Count));
            var links = RenderPages.Run(pages, engine, siteView, strings.Values, sink, diagnostics,
                done => progress.Report(new BuildProgress(BuildStage.RenderPages, done, pages.Count)));
            foreach (var file in files)
            {
                sink.Write(UrlScheme.OutputPath(file.Url), file.Bytes);
            }

            // Netlify reads its redirect rules from the root of the publish folder and never serves the
            // file, so it is written unchanged but is no address a link or a redirect may lead to.
            if (content.Redirects is not null)
            {
                sink.Write(UrlScheme.OutputPath(UrlScheme.Redirects), content.Redirects.Bytes);
            }

            // 7. Check: every internal link and anchor of the rendered site resolves, and so does every rule
            //    of content/_redirects. Skipped when a page failed to render: its missing links would only
            //    repeat the template error.
            if (!diagnostics.HasErrors)
            {
                progress.Report(BuildProgress.Started(BuildStage.CheckLinks));
                var fileUrls = files.Select(f => f.Url).Concat(dataUrls).ToList();
                CheckLinks.Run(links, fileUrls, diagnostics);
                CheckRedirects.Run(content.Redirects, links, fileUrls, diagnostics);
            }

            // 8. Write: swap the complete new site in, or leave the old one untouched. Validate has no
            //    such stage, so it is reported only when there is something to write.
            if (diagnostics.HasErrors)
            {
                return failed;
            }

            if (staging is not null)
            {
                progress.Report(BuildProgress.Started(BuildStage.Write));
                staging.ReplaceOutput(request.OutputDirectory);
            }

            // _redirects counts: it is a file of the output, even though no address serves it.
            var redirectsFile = content.Redirects is null ? 0 : 1;
            return new BuildResult([], pages.Count, pages.Count + files.Count + dataUrls.Count + redirectsFile);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(SourceLocation.StartOf(request.OutputDirectory), Messages.OutputWriteFailed, ex.Message);
            return failed;
        }
        finally
        {
            staging?.Discard();
        }
    }

    /// <summary>
    /// When every error is in a dataset's files, the Conclusion still models, so the references
    /// between tables (many point into tables drawn from the Conclusion) are checked in the same run:
    /// staff see every problem of their data at once, not one round of fixes after another. Datasets
    /// whose dataset.yml has an error are left out; their CSV files were checked already.
    /// </summary>
    private static void CheckReferencesDespiteDataErrors(RawContent content, DiagnosticBag diagnostics)
    {
        var datasetsFolder = ContentLayout.PathOf(content.ContentDirectory, ContentLayout.DatasetsFolder) + Path.DirectorySeparatorChar;
        var errors = diagnostics.Sorted().Where(d => d.Severity == Severity.Error).ToList();
        if (content.Conclusion is null || content.Settings is null
            || errors.Any(e => !e.Location.FilePath.StartsWith(datasetsFolder, StringComparison.Ordinal)))
        {
            return;
        }

        var broken = errors
            .Where(e => Path.GetFileName(e.Location.FilePath) == ContentLayout.DatasetFile)
            .Select(e => Path.GetFileName(Path.GetDirectoryName(e.Location.FilePath)!))
            .ToHashSet(StringComparer.Ordinal);
        var usable = content.Datasets.Where(d => !broken.Contains(d.Slug.Value)).ToList();
        try
        {
            var site = BuildModel.Run(content with { Datasets = usable });
            CheckDataTables.Run(usable, site.Datasets, diagnostics);
        }
        catch (Exception ex) when (ex is DecoderFallbackException or IOException or CsvHelper.CsvFormatException)
        {
            // A CSV file that cannot be read was reported by validation; its references wait for the fix.
        }
    }

    /// <summary>The listener of a run nobody watches: tests and other callers that pass none.</summary>
    private sealed class NoProgress : IProgress<BuildProgress>
    {
        public static readonly NoProgress Instance = new();

        public void Report(BuildProgress value)
        {
        }
    }

    private static bool RequireFolder(string folder, DiagnosticBag diagnostics)
    {
        if (Directory.Exists(folder))
        {
            return true;
        }

        diagnostics.Error(SourceLocation.StartOf(folder), Messages.FolderMissing, folder);
        return false;
    }
}
