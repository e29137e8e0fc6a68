using HaiPhongUrban.Portal.Kernel.Files;
using System.Runtime.CompilerServices;
using HaiPhongUrban.Portal.Kernel.Urls;
using HaiPhongUrban.Portal.Sections.Pages.Model;
using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Kernel.Theme;
using HaiPhongUrban.Portal.Sections.Pages.Content;

namespace HaiPhongUrban.Portal.Sections.Pages.Validation;

/// <summary>
/// Checks the Markdown pages: a file name that can be an address nobody else owns, a layout the
/// theme has, and links only to schemes that cannot run script (no <c>javascript:</c>, <c>data:</c>).
/// </summary>
public static class ValidatePages
{
    /// <param name="reserved">The first URL segments the sections and the site own, which no page may take.</param>
    public static void Run(IReadOnlyList<RawPage> pages, ThemeFiles theme, IReadOnlySet<string> reserved, DiagnosticBag diagnostics)
    {
        foreach (var page in pages)
        {
            var start = SourceLocation.StartOf(page.FilePath);
            if (!Slug.IsValid(page.Slug))
            {
                diagnostics.Error(start, Messages.PageNameInvalid, Path.GetFileName(page.FilePath));
            }
            else if (reserved.Contains(page.Slug))
            {
                diagnostics.Error(start, Messages.PageAddressTaken, PageRoutes.Page(page.Slug));
            }

            if (!theme.Layouts.ContainsKey(page.Layout.Value) || !PagesSection.Layouts.Contains(page.Layout.Value))
            {
                diagnostics.Error(page.Layout.Location, Messages.LayoutUnknown, page.Layout.Value, string.Join(", ", PageLayouts(theme)));
            }

            foreach (var problem in MarkdownProblems.GetValue(page, CheckMarkdown))
            {
                diagnostics.Add(problem);
            }
        }
    }

    /// <summary>
    /// What <see cref="CheckMarkdown"/> found in each page, while the page lives: a page is immutable and what
    /// is checked here depends on it alone, and <c>serve</c> keeps the pages it did not read again, so a
    /// rebuild checks the saved page, not all 10,000 links of the site (a sixth of a rebuild).
    /// </summary>
    private static readonly ConditionalWeakTable<RawPage, IReadOnlyList<Diagnostic>> MarkdownProblems = new();

    private static IReadOnlyList<Diagnostic> CheckMarkdown(RawPage page)
    {
        var diagnostics = new DiagnosticBag();
        CheckMarkdownInto(page, diagnostics);
        return diagnostics.Sorted();
    }

    private static void CheckMarkdownInto(RawPage page, DiagnosticBag diagnostics)
    {
        foreach (var (url, line, column) in page.Body.Links)
        {
            if (!ContentUrl.IsAllowed(url))
            {
                diagnostics.Error(new SourceLocation(page.FilePath, line + 1 + page.BodyLineOffset, column + 1), Messages.UnsafeLink, url);
            }
        }

        // The file's text was checked as it was read; '&#xFFFE;' makes such a character from letters.
        foreach (var (text, line, column) in page.Body.CharacterReferences)
        {
            if (UnwritableCharacters.IndexIn(text) is var at and >= 0)
            {
                diagnostics.Error(new SourceLocation(page.FilePath, line + 1 + page.BodyLineOffset, column + 1), Messages.UnwritableCharacter, UnwritableCharacters.CodeAt(text, at));
            }
        }

        // Markdig's guard against input nested past its depth limit (100,000 '>' or '[' to parse, '*'
        // to render), met when the page was loaded: a page it cannot render never reaches rendering.
        if (page.Body.TooDeep)
        {
            diagnostics.Error(new SourceLocation(page.FilePath, 1 + page.BodyLineOffset, 1), Messages.MarkdownTooDeep);
        }
    }

    private static IEnumerable<string> PageLayouts(ThemeFiles theme) =>
        theme.Layouts.Keys.Where(PagesSection.Layouts.Contains);
}
