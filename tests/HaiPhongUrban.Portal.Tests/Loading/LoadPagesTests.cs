using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Sections.Pages.Loading;

namespace HaiPhongUrban.Portal.Tests.Loading;

public sealed class LoadPagesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("portal-pages-").FullName;

    [Fact]
    public void Front_matter_gives_title_layout_and_the_line_where_the_body_starts()
    {
        File.WriteAllText(Path.Combine(_folder, "tiep-can.md"), "---\ntitle: Tiếp cận\nlayout: page\n---\n\n# Nội dung\n");
        var diagnostics = new DiagnosticBag();

        var page = Assert.Single(LoadPages.Load(_folder, diagnostics));

        Assert.Equal(("tiep-can", "Tiếp cận", "page", 4), (page.Slug, page.Title, page.Layout.Value, page.BodyLineOffset));
        Assert.False(diagnostics.HasErrors);
    }

    [Fact]
    public void A_page_saved_with_an_upper_case_extension_is_a_page_as_on_windows_and_macos()
    {
        File.WriteAllText(Path.Combine(_folder, "trang-moi.MD"), "---\ntitle: Trang mới\n---\nx\n");
        File.WriteAllText(Path.Combine(_folder, "ghi-chu.txt"), "not a page\n");
        var diagnostics = new DiagnosticBag();

        var page = Assert.Single(LoadPages.Load(_folder, diagnostics));

        Assert.Equal(("trang-moi", "Trang mới"), (page.Slug, page.Title));
        Assert.False(diagnostics.HasErrors);
    }

    [Fact]
    public void Errors_in_front_matter_point_at_the_file_line()
    {
        File.WriteAllText(Path.Combine(_folder, "x.md"), "---\ntitle: X\ntitel: typo\n---\nbody\n");
        File.WriteAllText(Path.Combine(_folder, "y.md"), "no front matter\n");
        var diagnostics = new DiagnosticBag();

        LoadPages.Load(_folder, diagnostics);

        var errors = diagnostics.Sorted();
        Assert.Contains(errors, d => d.Message == Messages.FieldUnknown && d.Location.Line == 3 && d.Location.FilePath.EndsWith("x.md", StringComparison.Ordinal));
        Assert.Contains(errors, d => d.Message == Messages.FrontMatterMissing && d.Location.FilePath.EndsWith("y.md", StringComparison.Ordinal));
    }

    [Fact]
    public void Updated_in_front_matter_is_a_date_and_a_wrong_one_is_reported_at_its_line()
    {
        File.WriteAllText(Path.Combine(_folder, "a.md"), "---\ntitle: A\nupdated: 2026-12-05\n---\nbody\n");
        File.WriteAllText(Path.Combine(_folder, "b.md"), "---\ntitle: B\nupdated: 05/12/2026\n---\nbody\n");
        var diagnostics = new DiagnosticBag();

        var pages = LoadPages.Load(_folder, diagnostics);

        Assert.Equal([new DateOnly(2026, 12, 5), null], pages.Select(p => p.Updated));
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal((Messages.DateInvalid, 3, 10), (error.Message, error.Location.Line, error.Location.Column));
        Assert.EndsWith("b.md", error.Location.FilePath, StringComparison.Ordinal);
    }

    /// <summary>Pages are read in parallel; what comes back is still in the files' ordinal order, each problem at its own file.</summary>
    [Fact]
    public void Many_pages_read_in_parallel_come_back_in_file_order_with_each_problem_at_its_file()
    {
        var names = Enumerable.Range(0, 300).Select(i => $"p{i:000}").ToList();
        foreach (var name in names)
        {
            // Every seventh page has a typo in its front matter, on the line that names the page.
            var typo = names.IndexOf(name) % 7 == 0 ? $"titel: {name}\n" : string.Empty;
            File.WriteAllText(Path.Combine(_folder, name + ".md"), $"---\ntitle: Trang {name}\n{typo}---\n\n## {name}\n\n[x](/{name}/)\n");
        }

        var diagnostics = new DiagnosticBag();

        var pages = LoadPages.Load(_folder, diagnostics);

        Assert.Equal(names, pages.Select(p => p.Slug));
        Assert.Equal(names.Select(n => $"Trang {n}"), pages.Select(p => p.Title));
        Assert.Equal(names.Select(n => $"/{n}/"), pages.Select(p => Assert.Single(p.Body.Links).Url));
        var typos = diagnostics.Sorted();
        Assert.Equal(names.Where((_, i) => i % 7 == 0).Select(n => n + ".md"), typos.Select(d => Path.GetFileName(d.Location.FilePath)));
        Assert.All(typos, d => Assert.Equal((Messages.FieldUnknown, 3), (d.Message, d.Location.Line)));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
