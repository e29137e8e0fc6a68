using HaiPhongUrban.Portal.Tests.Support;

namespace HaiPhongUrban.Portal.Tests.Architecture;

/// <summary>
/// The shape of src/HaiPhongUrban.Portal that docs/architecture.md describes, held by its imports: no
/// circle among the top-level folders, a kernel that imports no other folder, no circle among the
/// sections, and a section that reads another only through what that one offers (its raw records in
/// <c>Content</c>, its typed part and routes in <c>Model</c>, and the Documents section's full-text
/// machinery in <c>Wording</c>), never its loaders, validators, pages or views.
/// </summary>
public sealed class ImportRulesTests
{
    /// <summary>What a section may use of another: the namespaces inside it that make its public face.</summary>
    private static readonly IReadOnlyList<string> Offered = ["Content", "Model", "Wording", "Wording.Views"];

    private static readonly string Source = Path.Combine(RepoPaths.Root, "src", "HaiPhongUrban.Portal");

    private static readonly Lazy<ImportGraph> Real = new(() => ImportGraph.Of(Source));

    [Fact]
    public void No_top_level_folder_is_in_an_import_circle()
    {
        Assert.Empty(Real.Value.Circles(TopLevel));
    }

    [Fact]
    public void The_kernel_imports_no_other_folder()
    {
        var outward = Real.Value.Between(TopLevel).Where(e => e.Key.From == "Kernel").Select(e => $"{e.Key.To} (first in {e.Value})");
        Assert.Empty(outward);
    }

    [Fact]
    public void No_section_is_in_an_import_circle_with_another()
    {
        Assert.Empty(Real.Value.Circles(ImportGraph.SectionOf));
    }

    [Fact]
    public void A_section_uses_another_only_through_its_content_model_or_the_full_text_machinery()
    {
        Assert.Empty(Internals(Real.Value));
    }

    [Fact]
    public void Imports_are_written_as_using_directives_so_that_every_one_is_seen()
    {
        Assert.Empty(ImportGraph.QualifiedNames(Source));
    }

    [Fact]
    public void There_are_at_least_the_six_sections_of_the_design()
    {
        var sections = Real.Value.Edges.Select(e => ImportGraph.SectionOf(e.From)).OfType<string>().ToHashSet();
        Assert.Superset(new HashSet<string> { "Conclusion", "Documents", "Datasets", "Following", "Pages", "Updates" }, sections);
    }

    // The checks themselves, on graphs made to break them: a test that cannot fail proves nothing.
    [Fact]
    public void A_circle_of_top_level_folders_is_found_with_its_path()
    {
        var graph = ImportGraph.FromEdges(("Rendering.X", "Sections.Y"), ("Sections.Y", "Model"), ("Model", "Rendering"), ("Kernel.Urls", "Kernel.Text"));

        Assert.Equal(["Model → Rendering → Sections → Model"], graph.Circles(TopLevel));
    }

    [Fact]
    public void A_circle_between_two_sections_through_their_models_is_found()
    {
        var graph = ImportGraph.FromEdges(("Sections.Conclusion.Pages", "Sections.Following.Model"), ("Sections.Following.Model", "Sections.Conclusion.Model"));

        Assert.Equal(["Conclusion → Following → Conclusion"], graph.Circles(ImportGraph.SectionOf));
    }

    [Fact]
    public void A_section_reaching_into_another_sections_pages_is_refused_and_its_model_is_not()
    {
        var graph = ImportGraph.FromEdges(
            ("Sections.Following.Pages", "Sections.Conclusion.Pages"),
            ("Sections.Following.Pages", "Sections.Conclusion.Model"),
            ("Sections.Conclusion.Pages", "Sections.Documents.Wording"),
            ("Sections.Datasets", "Sections.Views"));

        Assert.Equal(["Following imports Conclusion.Pages (test)"], Internals(graph));
    }

    [Fact]
    public void A_qualified_name_in_code_is_found_and_a_using_directive_is_not()
    {
        var folder = Directory.CreateTempSubdirectory("qualified-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "A.cs"), "using HaiPhongUrban.Portal.Kernel.Urls;\nnamespace HaiPhongUrban.Portal.Sections.A;\n// Kernel.Urls.UrlPath in a comment\npublic static class A { public static string R => Kernel.Urls.UrlPath.Root; }\n");

            Assert.Equal(["A.cs:4: public static class A { public static string R => Kernel.Urls.UrlPath.Root; }"], ImportGraph.QualifiedNames(folder.FullName));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string? TopLevel(string ns) => ImportGraph.TopLevel(ns) is { Length: > 0 } top ? top : null;

    private static IReadOnlyList<string> Internals(ImportGraph graph) => graph.Edges
        .Where(e => ImportGraph.SectionOf(e.From) is { } from && ImportGraph.SectionOf(e.To) is { } to && from != to
            && !Offered.Contains(ImportGraph.InsideSection(e.To)))
        .Select(e => $"{ImportGraph.SectionOf(e.From)} imports {ImportGraph.SectionOf(e.To)}.{ImportGraph.InsideSection(e.To)} ({e.File})")
        .Distinct()
        .ToList();
}
