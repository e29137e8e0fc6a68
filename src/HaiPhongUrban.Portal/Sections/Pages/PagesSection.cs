using HaiPhongUrban.Portal.Kernel.Urls;
using HaiPhongUrban.Portal.Sections.Pages.Content;
using HaiPhongUrban.Portal.Sections.Pages.Loading;
using HaiPhongUrban.Portal.Sections.Pages.Model;
using HaiPhongUrban.Portal.Sections.Pages.Validation;
using HaiPhongUrban.Portal.Sections.Pages.Views;
using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Model;

namespace HaiPhongUrban.Portal.Sections.Pages;

/// <summary>
/// The Markdown pages of <c>content/pages/</c> (about, accessibility statement, staff guide…), each at
/// the root under its file name, in the layout its front matter names.
/// </summary>
public sealed class PagesSection : ISection
{
    public const string Folder = "pages";

    /// <summary>
    /// The kind of this section's search entries. The search script (search-core.js) scores it half: the
    /// pages explain the portal, so the official text and data holding the same words rank first.
    /// </summary>
    public const string SearchKind = "page";

    /// <summary>Layouts a Markdown page may name in its front matter.</summary>
    public static readonly IReadOnlySet<string> Layouts = new HashSet<string>(StringComparer.Ordinal) { "page", "about", "accessibility" };

    public SectionClaims Claims { get; } = new(
        "pages",
        ReservedSegments: [],
        Layouts: ["page", "about", "accessibility"],
        StringPrefixes: ["accessibility"],
        RequiredStrings: [],
        Menu: [new MenuEntry("gioi-thieu", PageRoutes.Page("gioi-thieu"), 60)],
        Panels: [],
        SearchKinds: [SearchKind]);

    public RawContent Load(RawContent content, DiagnosticBag diagnostics) =>
        content.With(new RawPages(LoadPages.Load(ContentFiles.PathOf(content.ContentDirectory, Folder), diagnostics, content.Cache)));

    public void Validate(ValidateContext context) =>
        ValidatePages.Run(context.Content.Get<RawPages>().Pages, context.Theme, context.ReservedSegments, context.Diagnostics);

    public Site Model(RawContent content, Site site) => site.With(new PagesPart(content.Get<RawPages>().Pages
        .Select(p => new ContentPage(p.Slug, p.Title, p.Description, p.Layout.Value, p.Body, p.FilePath, p.BodyLineOffset, p.Updated))
        .ToList()));

    /// <summary>One entry per sub-heading, so that a result leads to the part of the page that matched.</summary>
    public IEnumerable<SearchEntry> SearchEntries(Site site, SearchWords words) => site.Pages.SelectMany(page => page.Markdown.Sections.Select(s => new SearchEntry(
        SearchKind,
        string.Empty,
        page.Title,
        s.Heading,
        s.Text,
        PageRoutes.Page(page.Slug) + (s.AnchorId.Length > 0 ? UrlPath.Anchor(s.AnchorId) : string.Empty))));

    public IEnumerable<PageDate> PageDates(Site site) =>
        site.Pages.Where(p => p.Updated is not null).Select(p => new PageDate(PageRoutes.Page(p.Slug), p.Updated!.Value));

    public IEnumerable<PageToRender> PlanPages(PlanContext context) => context.Site.Pages.Select(page =>
    {
        var url = PageRoutes.Page(page.Slug);
        var frame = context.InContentLanguage(context.Page(page.Title, page.Description, url, page.Slug, []), title: true, description: true);
        return new PageToRender(url, page.Layout, frame, new MarkdownPageView(page.Markdown.Html), page.SourcePath);
    });
}
