using HaiPhongUrban.Portal.Sections.Pages.Views;
using HaiPhongUrban.Portal.Rendering.Views;
using HaiPhongUrban.Portal.Sections;

namespace HaiPhongUrban.Portal.Rendering;

/// <summary>
/// The pages no section owns: the home page, made of what the sections add to it (their panels), the
/// search page, and the 404 page. Their descriptions come from the theme's strings, since no content
/// describes them.
/// </summary>
public static class SitePages
{
    /// <summary>The layouts of these pages, and <c>base</c> around every page.</summary>
    public static readonly IReadOnlyList<string> Layouts = [RenderPages.BaseLayout, "home", "search", "not-found"];

    /// <summary>
    /// The prefixes of the interface strings that belong to no section: the frame of every page, the menu,
    /// the site's own pages, the meta descriptions, and the note on content shown in its own language.
    /// </summary>
    public static readonly IReadOnlyList<string> StringPrefixes = ["site", "nav", "home", "search", "not_found", "meta", "content_language"];

    /// <summary>The strings these pages read from C#.</summary>
    public static readonly IReadOnlyList<string> RequiredStrings = ["not_found.lead", "meta.search"];

    /// <param name="sourcePath">The content file their link errors are reported at (site.yml: they are the site's own).</param>
    public static IEnumerable<PageToRender> Plan(PlanContext context, SearchView search, string sourcePath)
    {
        var interfaceWording = context.Site.Settings.Interface;
        yield return new(SiteRoutes.Home, "home", context.Page(interfaceWording.Title, interfaceWording.Description, SiteRoutes.Home, "home", []), new HomeView(), sourcePath);
        yield return new(SiteRoutes.Search, "search", context.Page(string.Empty, context.Strings.At("meta", "search"), SiteRoutes.Search, "search", []), search, sourcePath);
        yield return new(SiteRoutes.NotFound, "not-found", context.Page(string.Empty, context.Strings.At("not_found", "lead"), SiteRoutes.NotFound, string.Empty, []), new MarkdownPageView(string.Empty), sourcePath);
    }
}
