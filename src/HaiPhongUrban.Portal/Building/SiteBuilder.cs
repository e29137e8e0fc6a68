using HaiPhongUrban.Portal.Kernel.Caching;
using HaiPhongUrban.Portal.Kernel.Collections;
using HaiPhongUrban.Portal.Kernel.Downloads;
using HaiPhongUrban.Portal.Kernel.Files;
using HaiPhongUrban.Portal.Kernel.Urls;
using HaiPhongUrban.Portal.Model.Settings;
using HaiPhongUrban.Portal.Rendering;
using HaiPhongUrban.Portal.Rendering.Redirects;
using HaiPhongUrban.Portal.Rendering.Search;
using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Kernel.Output;
using HaiPhongUrban.Portal.Kernel.Theme;
using HaiPhongUrban.Portal.Model;
using HaiPhongUrban.Portal.Rendering.Views;
using HaiPhongUrban.Portal.Sections;
using HaiPhongUrban.Portal.Sections.Datasets.Model;
using System.Text;

namespace HaiPhongUrban.Portal.Building;

/// <summary>
/// The build, top to bottom. The order listed is the order of execution; each stage reads only the
/// previous stage's immutable output, and runs every section of <see cref="SectionList"/> in its order.
/// Any error stops the run before the output is touched. The numbered stages are the
/// <see cref="BuildStage"/>s the console shows: each is reported to <c>progress</c> as it starts, and
/// the render stage reports every page done.
/// </summary>
public static class SiteBuilder
{
    private const string SettingsFile = "site.yml";
    private const string RedirectsFile = "_redirects";

    /// <summary>
    /// The build. Each stage is reported to <paramref name="progress"/> as it starts. With <paramref name="into"/>
    /// the site is written there instead of the output folder: the live preview keeps it in memory. What the
    /// sink holds after a failed run is to be thrown away.
    /// </summary>
    public static BuildResult Run(BuildRequest request, IProgress<BuildProgress>? progress = null, IOutputSink? into = null) =>
        Run(request, SectionList.All, progress, into);

    /// <summary>
    /// The same build with other sections than <see cref="SectionList.All"/>, in the order given: how a test
    /// adds a section of its own (one that draws a file from nothing) to the real ones, and how a new
    /// section can be tried before it has its line in <see cref="SectionList"/>. The portal itself never
    /// calls it with anything but <see cref="SectionList.All"/>.
    /// </summary>
    public static BuildResult Run(BuildRequest request, IReadOnlyList<ISection> sections, IProgress<BuildProgress>? progress = null, IOutputSink? into = null)
    {
        var diagnostics = new DiagnosticBag();

        // The cells of a large CSV file are checked in the read that publishes it, if the build gets that far;
        // whatever stage it stops at, the checks no read took run before it ends, so it reports everything at once.
        var postponed = new PostponedChecks();
        var result = Run(request, into, diagnostics, progress ?? NoProgress.Instance, sections, postponed);
        postponed.RunRemaining();
        // What the run did not use is dropped from the cache; after a good run the rest is kept for the next.
        request.Cache.EndRun(succeeded: !diagnostics.HasErrors);
        return result with { Diagnostics = diagnostics.Sorted() };
    }

    /// <summary>Loads and models the content alone, as the build does (no theme, nothing written): null with the problems when it does not validate.</summary>
    public static Site? Model(string contentDirectory, DiagnosticBag diagnostics)
    {
        var content = Load(contentDirectory, SectionList.All, diagnostics);
        return content is null || diagnostics.HasErrors ? null : Model(content, SectionList.All);
    }

    private static BuildResult Run(BuildRequest request, IOutputSink? into, DiagnosticBag diagnostics, IProgress<BuildProgress> progress, IReadOnlyList<ISection> sections, PostponedChecks postponed)
    {
        var failed = new BuildResult([], 0, 0);

        // 0. Refuse an output folder whose replacement would destroy content, the theme, a root or files
        //    the portal did not write. '|' (not '||') so that a missing content and a missing theme
        //    folder are both reported. In between, what a killed build left beside the output is put
        //    right (an interrupted swap finished or rolled back, debris removed), so the folder checked
        //    for the portal's mark is the one that build would have left.
        if (!RequireFolder(request.ContentDirectory, diagnostics) | !RequireFolder(request.ThemeDirectory, diagnostics)
            || (request.Write && !OutputGuard.Check(request.OutputDirectory, request.ContentDirectory, request.ThemeDirectory, diagnostics))
            || (request.Write && into is null && !InterruptedSwap.Recover(request.OutputDirectory, diagnostics))
            || (request.Write && into is null && !OutputGuard.CheckOwned(request.OutputDirectory, diagnostics)))
        {
            return failed;
        }

        // 1. Load: content (section by section) and theme files into raw records (unreadable files
        //    reported, loading goes on). Nothing of a content folder that links outside itself is read.
        //    The templates are parsed while the content loads (their problems are reported with the
        //    validation's, below): they need nothing of it, and parsing them is a tenth of a second that
        //    loading, which keeps the cores busy only four fifths of the time, leaves room for.
        progress.Report(BuildProgress.Started(BuildStage.Load));
        var theme = LoadTheme.Run(request.ThemeDirectory, diagnostics);
        var templateProblems = new DiagnosticBag();
        var compiling = Task.Run(() => TemplateEngine.Compile(theme, templateProblems, request.Cache));
        var content = Load(request.ContentDirectory, sections, diagnostics, request.Cache, request.Since?.ChangedFiles);
        var redirects = content is null ? null : LoadRedirects.Load(ContentFiles.PathOf(request.ContentDirectory, RedirectsFile), diagnostics);

        // The deploy's own address stands in for base_url until staff write the real one in site.yml.
        if (content?.Settings is { BaseUrl: "" } written && request.BaseUrl.Length > 0)
        {
            content = content with { Settings = written with { BaseUrl = request.BaseUrl } };
        }

        // 2. Validate: every schema and cross-reference check of every section, all of them, before
        //    anything is built; the templates' syntax errors (parsed during the load) join the list.
        progress.Report(BuildProgress.Started(BuildStage.Validate));
        if (content?.Settings is { } settings)
        {
            ValidateSettings.Run(settings, theme, diagnostics);
        }

        ValidateTheme.Run(theme, content?.Settings?.Language ?? SiteSettings.ContentLanguage, sections, diagnostics);
        if (content is not null)
        {
            var reserved = sections.SelectMany(s => s.Claims.ReservedSegments).Concat(SiteRoutes.ReservedSegments).ToHashSet(StringComparer.Ordinal);
            var context = new ValidateContext(content, theme, reserved, diagnostics) { Postponed = postponed };
            foreach (var section in sections)
            {
                section.Validate(context);
            }
        }

        var engine = compiling.GetAwaiter().GetResult();
        diagnostics.AddAll(templateProblems);
        if (diagnostics.HasErrors || engine is null || content is null)
        {
            CheckModelDespiteErrors(content, sections, diagnostics);
            return failed;
        }

        // 3. Model: the typed, immutable site, section by section; then the checks that need it (the
        //    tables drawn from other sections, every foreign key).
        progress.Report(BuildProgress.Started(BuildStage.Model));
        var site = Model(content, sections);
        foreach (var section in sections)
        {
            section.CheckModel(content, site, diagnostics);
        }

        if (diagnostics.HasErrors)
        {
            return failed;
        }

        // 4. Search: what the search page can find, as static files its script fetches a few of per query. The index holds
        //    content, so it names document types in the content's language (Vietnamese) whatever the
        //    interface's, like the catalogues below: both are the same bytes in every build.
        progress.Report(BuildProgress.Started(BuildStage.SearchIndex));
        var strings = theme.Strings[site.Settings.Language];
        var contentStrings = theme.Strings[SiteSettings.ContentLanguage];
        // Cut into files only when asked for (by the search page's render, or below when the files are
        // written), from the cache when an earlier run cut the same entries.
        var searchIndex = new Lazy<SearchIndexFiles>(() => SearchIndexCache.Files(BuildSearchIndex.Run(site, sections, new SearchWords(contentStrings.At)), request.Cache));

        // The disk copy has no search (a browser fetches no file from disk), so no index for it either.
        var onDisk = request.Links == LinkMode.Disk;
        var assets = PublishStaticFiles.Assets(theme);
        var files = assets.Values.ToList();
        var siteView = SiteFrame.Of(site, assets, sections);
        var searchView = new SearchView(
            new Lazy<string>(() => searchIndex.Value.Url),
            assets[PublishStaticFiles.SearchCoreScript].Url,
            assets[PublishStaticFiles.SearchPageScript].Url,
            sections.SelectMany(s => s.Claims.SearchKinds).ToList(),
            onDisk);

        StagingFolder? staging = null;
        try
        {
            staging = request.Write && into is null ? StagingFolder.CreateBeside(request.OutputDirectory) : null;
            IOutputSink sink = into ?? (IOutputSink?)staging ?? new DiscardingSink();

            // 5. Publish data: every section's files that are not pages (downloads, schemas, catalogues,
            //    the feed, the source transcription), hashed as written, so that the pages planned next
            //    show the sizes and checksums of the published bytes. Then the pages are planned, with
            //    what each section adds to the pages of others, and the sitemap of them written.
            progress.Report(BuildProgress.Started(BuildStage.PublishData));
            var published = new PublishContext(sink, contentStrings) { Postponed = postponed, Cache = request.Cache };
            foreach (var section in sections)
            {
                site = section.Publish(site, published);
            }

            // A postponed check whose file no section read runs now; a file that failed its checks in the read
            // that published it stops the build here, its downloads half written in a staging folder thrown away.
            postponed.RunRemaining();
            if (diagnostics.HasErrors)
            {
                return failed;
            }

            // The root checksum list covers every section's downloads (data, catalogues, source texts,
            // dossier files), so it is written once all have published, with paths from the root as a copy
            // of the site lays them out.
            published.Write(DatasetRoutes.Checksums, ChecksumList.Serialise(published.Downloads));

            var pages = PlanPages(site, strings, searchView, sections, ContentFiles.PathOf(request.ContentDirectory, SettingsFile));
            files.AddRange(PublishDiscoveryFiles.Run(site, pages));

            // 6. Render: pages in parallel, each streamed into the staging folder (or nowhere, for validate),
            //    with its links written for the served site or for the disk copy.
            //    A serve rebuild renders now only the pages the saved files can change and those linking to
            //    them (PagesToRenderNow); the rest wait in the sink for the browser to ask, and keep the links
            //    the last build found in them, for the check below.
            var scope = PagesToRenderNow.Of(request.Since, pages, sections, request.ContentDirectory,
                [ContentFiles.PathOf(request.ContentDirectory, SettingsFile), ContentFiles.PathOf(request.ContentDirectory, RedirectsFile)]);
            var now = scope?.Render;
            var toRender = now is null ? pages : pages.Where(p => now.Contains(p.Url)).ToList();
            progress.Report(BuildProgress.Started(BuildStage.RenderPages, toRender.Count));
            var links = RenderPages.Run(toRender, engine, siteView, strings.Values, sink, diagnostics, request.Links,
                done => progress.Report(new BuildProgress(BuildStage.RenderPages, done, toRender.Count)));
            if (now is not null && request.Since is { } since)
            {
                RenderPages.Later(pages.Where(p => !now.Contains(p.Url)), engine, siteView, strings.Values, sink, request.Links);
                var planned = pages.Select(p => p.Url).ToHashSet(StringComparer.Ordinal);
                links = [.. links, .. since.Links.Where(l => planned.Contains(l.Url) && !now.Contains(l.Url))];
            }

            // The search index's files, written after the pages so that a serve rebuild's search page, which
            // names them, is what makes them; the disk copy has no search (a browser fetches no file from disk).
            if (!onDisk && now is null)
            {
                files.AddRange(searchIndex.Value.All);
            }
            else if (!onDisk)
            {
                sink.WriteFolderLater(SiteRoutes.Search.TrimStart('/'), () => [.. searchIndex.Value.All.Select(f => (UrlPath.OutputFile(f.Url), f.Bytes))]);
            }

            foreach (var file in files)
            {
                sink.Write(UrlPath.OutputFile(file.Url), file.Bytes);
            }

            // Netlify reads its redirect rules from the root of the publish folder and never serves the
            // file, so it is written unchanged but is no address a link or a redirect may lead to. The disk
            // copy has no server to read it, so it is left out there.
            if (redirects is not null && !onDisk)
            {
                sink.Write(UrlPath.OutputFile(SiteRoutes.Redirects), redirects.Bytes);
            }

            // 7. Check: every internal link and anchor of the rendered site resolves, followed as the build's
            //    link mode has it, and so does every rule of content/_redirects (content kept for the next
            //    deploy, also in a disk copy). Skipped when a page failed to render: its missing links would
            //    only repeat the template error.
            if (!diagnostics.HasErrors)
            {
                progress.Report(BuildProgress.Started(BuildStage.CheckLinks));
                var fileUrls = files.Select(f => f.Url).Concat(published.Urls).ToList();
                CheckLinks.Run(links, fileUrls, diagnostics, request.Links, scope?.Check);
                CheckRedirects.Run(redirects, links, fileUrls, diagnostics);
            }

            // Every address the run publishes, and a warning for those published-urls.txt (in the folder
            // above the content) does not promise yet: after the link check, so that only a site that
            // would be published is compared, and before writing, so that validate says it too.
            var urls = pages.Select(p => p.Url).Concat(files.Select(f => f.Url)).Concat(published.Urls)
                .Where(PublishedUrlList.IsListed).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            if (!diagnostics.HasErrors)
            {
                CheckPublishedUrls.Run(request.ContentDirectory, urls, diagnostics);
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
            var redirectsFile = redirects is null || onDisk ? 0 : 1;
            return new BuildResult([], pages.Count, pages.Count + files.Count + published.Urls.Count + redirectsFile) { Urls = urls, Links = links, RenderedNow = toRender.Count };
        }
        catch (Exception ex) when (WriteFailure.Of(ex) is { } failure)
        {
            // A full disk, a permission or a locked file, also when a page written in parallel met it
            // (Parallel.For wraps it): the machine's problem, said as such; the old site stays.
            WriteFailure.Report(failure, request.OutputDirectory, diagnostics);
            return failed;
        }
        finally
        {
            Discard(staging);
        }
    }

    /// <summary>Stage 1 for content: site.yml, then each section's files; null when the folder links outside itself.</summary>
    /// <param name="changed">In a serve rebuild, the files saved since the last good build: the only ones the walk for links out of the folder looks at.</param>
    private static RawContent? Load(string contentDirectory, IReadOnlyList<ISection> sections, DiagnosticBag diagnostics, WorkCache? cache = null, IReadOnlyList<string>? changed = null)
    {
        if (FindLinksOutside.Run(contentDirectory, "content", diagnostics, changed).Count > 0)
        {
            return null;
        }

        var content = new RawContent(contentDirectory, LoadSiteSettings.Load(ContentFiles.PathOf(contentDirectory, SettingsFile), diagnostics), TypedParts.Empty, [], [])
        {
            Cache = cache ?? WorkCache.None,
        };
        foreach (var section in sections)
        {
            content = section.Load(content, diagnostics);
        }

        // The tables and files sections draw from their content are known before validation, which checks
        // every dataset's generated_from: against them (and the schema of each table it publishes).
        return content with
        {
            Tables = sections.SelectMany(s => s.Tables(content)).ToList(),
            Files = sections.SelectMany(s => s.Files(content)).ToList(),
            ColumnsRead = sections.SelectMany(s => s.ColumnsRead(content)).ToList(),
        };
    }

    /// <summary>Stage 3: each section adds its typed part to the site, reading those of the sections before it.</summary>
    private static Site Model(RawContent content, IReadOnlyList<ISection> sections)
    {
        var site = new Site(BuildSettings.Run(content.Settings!), TypedParts.Empty);
        foreach (var section in sections)
        {
            site = section.Model(content, site);
        }

        return site;
    }

    /// <summary>
    /// Every page: each section's, then the site's own (home, search, 404); then what sections add to the
    /// pages of others, each page given every panel its layout has, empty where no section filled it.
    /// </summary>
    private static IReadOnlyList<PageToRender> PlanPages(Site site, StringTable strings, SearchView search, IReadOnlyList<ISection> sections, string settingsPath)
    {
        var dates = new PageDates(sections.SelectMany(s => s.PageDates(site)));
        var context = new PlanContext(site, strings, dates);
        var pages = sections.SelectMany(s => s.PlanPages(context)).Concat(SitePages.Plan(context, search, settingsPath)).ToList();
        var panels = sections.SelectMany(s => s.PlanPanels(context, pages)).ToLookup(p => (p.Url, p.Name));
        var claims = sections.SelectMany(s => s.Claims.Panels).ToLookup(c => c.Layout, StringComparer.Ordinal);
        return pages
            .Select(page => claims[page.Layout].Any()
                ? page with { Panels = claims[page.Layout].ToDictionary(c => c.Name, c => panels[(page.Url, c.Name)].FirstOrDefault()?.Data ?? c.Empty, StringComparer.Ordinal) }
                : page)
            .ToList();
    }

    /// <summary>
    /// When every error lies in pieces a section can model around (a dataset's files), the rest still
    /// models, so the checks that need the model (references between tables, many of which point into
    /// tables drawn from the Conclusion) run in the same run: staff see every problem of their data at
    /// once, not one round of fixes after another.
    /// </summary>
    private static void CheckModelDespiteErrors(RawContent? content, IReadOnlyList<ISection> sections, DiagnosticBag diagnostics)
    {
        if (content?.Settings is null)
        {
            return;
        }

        var errors = diagnostics.Sorted().Where(d => d.Severity == Severity.Error).ToList();
        var putAside = new HashSet<Diagnostic>(ReferenceEqualityComparer.Instance);
        foreach (var section in sections)
        {
            if (section.WithoutBroken(content, errors) is { } recovered)
            {
                content = recovered.Content;
                putAside.UnionWith(recovered.PutAside);
            }
        }

        if (errors.Any(e => !putAside.Contains(e)))
        {
            return;
        }

        try
        {
            var site = Model(content, sections);
            foreach (var section in sections)
            {
                section.CheckModel(content, site, diagnostics);
            }
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

    /// <summary>Removes a failed build's staging folder; if even that fails, the next build removes it (<see cref="InterruptedSwap"/>).</summary>
    private static void Discard(StagingFolder? staging)
    {
        try
        {
            staging?.Discard();
        }
        catch (Exception ex) when (WriteFailure.Of(ex) is not null)
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
