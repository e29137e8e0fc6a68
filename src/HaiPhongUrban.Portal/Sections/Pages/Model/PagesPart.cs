using HaiPhongUrban.Portal.Model;

namespace HaiPhongUrban.Portal.Sections.Pages.Model;

/// <summary>The Markdown pages as modelled, in file-name order.</summary>
public sealed record PagesPart(IReadOnlyList<ContentPage> Pages);

/// <summary>How other sections read the Markdown pages.</summary>
public static class PagesSite
{
    extension(Site site)
    {
        public IReadOnlyList<ContentPage> Pages => site.Get<PagesPart>().Pages;

        /// <summary>The address of the page <paramref name="slug"/>, or "" when content has no such page.</summary>
        public string PageUrlIfAny(string slug) => site.Pages.Any(p => p.Slug == slug) ? PageRoutes.Page(slug) : string.Empty;
    }
}
