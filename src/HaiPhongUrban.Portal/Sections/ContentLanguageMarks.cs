using HaiPhongUrban.Portal.Model;
using HaiPhongUrban.Portal.Sections.Views;

namespace HaiPhongUrban.Portal.Sections;

/// <summary>
/// Says which parts of a page's head are Vietnamese content (a paragraph's excerpt, a dataset's title)
/// rather than interface words, so that under another interface language they are marked lang="vi"
/// (WCAG 3.1.2, language of parts). Under a Vietnamese interface nothing is marked: the whole page is.
/// </summary>
public static class ContentLanguageMarks
{
    public static PageView Mark(PageView page, string interfaceLanguage, bool title, bool description) =>
        interfaceLanguage == SiteSettings.ContentLanguage
            ? page
            : page with
            {
                TitleLanguage = title && page.Title.Length > 0 ? SiteSettings.ContentLanguage : string.Empty,
                DescriptionLanguage = description && page.Description.Length > 0 ? SiteSettings.ContentLanguage : string.Empty,
            };
}
