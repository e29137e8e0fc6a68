using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Model;
using System.CommandLine;

namespace HaiPhongUrban.Portal.Sections;

/// <summary>
/// One kind of content (the Conclusion, the documents, the datasets…), from its files to its pages. The
/// build runs every section through each stage in the order <c>Building/SectionList</c> declares, so a
/// section may read the parts of the sections before it, and only through the typed site model: its raw
/// part in <see cref="RawContent"/>, its typed part in <see cref="Site"/>, its pages, panels and search
/// entries. What it owns besides (addresses, layouts, strings, menu entries) is declared in
/// <see cref="Claims"/>, from which the build derives the lists it once kept by hand. Every stage but the
/// first two has a default that does nothing, since most sections take part in only some of them.
/// </summary>
public interface ISection
{
    /// <summary>What the section owns: its name, URL segments, layouts, string keys, menu entries, panels.</summary>
    SectionClaims Claims { get; }

    /// <summary>1. Load: reads the section's files into its raw part, reporting what cannot be read and going on.</summary>
    RawContent Load(RawContent content, DiagnosticBag diagnostics);

    /// <summary>The tables the section draws from its content, which datasets may publish (<c>generated_from:</c>).</summary>
    IEnumerable<TableSource> Tables(RawContent content) => [];

    /// <summary>
    /// The files the section makes from its content (a GeoJSON FeatureCollection), which datasets may
    /// publish as they are (<c>generated_from:</c>), with their spatial extent in the catalogues.
    /// </summary>
    IEnumerable<FileSource> Files(RawContent content) => [];

    /// <summary>The columns the section reads by name from a dataset's table, whose names dataset.yml must keep.</summary>
    IEnumerable<ColumnsRead> ColumnsRead(RawContent content) => [];

    /// <summary>2. Validate: every check of the section's raw part, all of them, against the other raw parts.</summary>
    void Validate(ValidateContext context);

    /// <summary>
    /// When validation failed: the content without this section's broken pieces, and the errors they account
    /// for, so that the checks needing the model still run when every error is of that kind (staff then see
    /// all the problems of their data at once). Null where the section cannot model around an error.
    /// </summary>
    (RawContent Content, IReadOnlyList<Diagnostic> PutAside)? WithoutBroken(RawContent content, IReadOnlyList<Diagnostic> errors) => null;

    /// <summary>3. Model: the section's typed, immutable part of the site. Runs only on valid content.</summary>
    Site Model(RawContent content, Site site) => site;

    /// <summary>The checks that need the model (a table's rows against its schema, foreign keys).</summary>
    void CheckModel(RawContent content, Site site, DiagnosticBag diagnostics)
    {
    }

    /// <summary>What search finds in the section, in reading order; the index keeps the sections' order.</summary>
    IEnumerable<SearchEntry> SearchEntries(Site site, SearchWords words) => [];

    /// <summary>5. Publish: the section's files that are not pages (downloads, catalogues, feeds), hashed as written.</summary>
    Site Publish(Site site, PublishContext context) => site;

    /// <summary>The dates the section's content gives its pages, for "last updated" and the sitemap.</summary>
    IEnumerable<PageDate> PageDates(Site site) => [];

    /// <summary>The section's own pages: URL, layout, view model and the content file each comes from.</summary>
    IEnumerable<PageToRender> PlanPages(PlanContext context) => [];

    /// <summary>
    /// What the section adds to pages of other sections (every page planned is in <paramref name="pages"/>),
    /// each to a panel it claims (<see cref="SectionClaims.Panels"/>).
    /// </summary>
    IEnumerable<PagePanel> PlanPanels(PlanContext context, IReadOnlyList<PageToRender> pages) => [];

    /// <summary>
    /// Beyond the pages made from <paramref name="contentFile"/> itself, the pages of this section that
    /// show what the file holds (a dataset's title on the catalogue pages): the hook incremental rebuilds use.
    /// </summary>
    IEnumerable<string> PagesShowing(string contentFile, IReadOnlyList<PageToRender> pages) => [];

    /// <summary>
    /// Commands the section adds to the command line, beside build, validate and serve (the Planning
    /// section's <c>import-plan</c>). They take a <see cref="CommandContext"/> because a command prints,
    /// resolves paths and speaks the language of <c>--lang</c>, all of which only the CLI knows.
    /// </summary>
    IEnumerable<Command> Commands(CommandContext context) => [];
}
