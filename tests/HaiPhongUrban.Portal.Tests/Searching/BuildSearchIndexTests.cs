using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Kernel.Theme;
using HaiPhongUrban.Portal.Rendering.Search;
using HaiPhongUrban.Portal.Sections.Conclusion.Model;
using HaiPhongUrban.Portal.Sections.Datasets.Model;
using HaiPhongUrban.Portal.Sections.Documents.Model;
using HaiPhongUrban.Portal.Sections.Pages.Model;
using HaiPhongUrban.Portal.Sections;
using HaiPhongUrban.Portal.Tests.Support;
using System.Text.Json;

namespace HaiPhongUrban.Portal.Tests.Searching;

/// <summary>What the search can find, read from the index the real build published.</summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class BuildSearchIndexTests(BuiltSite site)
{
    private static readonly Lazy<Portal.Model.Site> Seed = new(SeedModel.Load);

    private IReadOnlyList<SearchEntry> Entries()
    {
        using var index = JsonDocument.Parse(File.ReadAllBytes(PublishedSearch.IndexFile(site)));
        Assert.Equal(SearchIndexFile.FormatVersion, index.RootElement.GetProperty("version").GetInt32());
        return PublishedSearch.Entries(site);
    }

    [Fact]
    public void Every_paragraph_of_official_wording_is_found_at_its_anchor_with_its_exact_words()
    {
        var entries = Entries().ToDictionary(e => e.Url, StringComparer.Ordinal);

        foreach (var paragraph in Seed.Value.Conclusion.AllParagraphs())
        {
            Assert.True(entries.TryGetValue(ConclusionRoutes.FullTextAnchor(paragraph.Id), out var entry), paragraph.Id);
            Assert.Equal(paragraph.Text, entry.Text);
        }
    }

    [Fact]
    public void Items_are_found_under_their_kind_number_and_short_title()
    {
        var entry = Entries().Single(e => e.Url == ConclusionRoutes.FullTextAnchor("nhiem-vu-3"));

        Assert.Equal(("task-group", "(3)"), (entry.Kind, entry.Number));
        Assert.Equal(Seed.Value.Conclusion.Items.Single(i => i.Id == "nhiem-vu-3").Paragraph.Editorial.ShortTitle, entry.Title);
        Assert.StartsWith("II. ", entry.Heading, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_section_heading_document_dataset_and_page_is_found()
    {
        var urls = Entries().Select(e => e.Url).ToHashSet(StringComparer.Ordinal);
        var seed = Seed.Value;

        Assert.Subset(urls, SectionIds(seed.Conclusion.Sections).Select(ConclusionRoutes.FullTextAnchor).ToHashSet());
        Assert.Subset(urls, seed.Documents.Select(d => DocumentRoutes.Document(d.Slug)).ToHashSet());
        Assert.Subset(urls, seed.Datasets.Select(d => DatasetRoutes.Dataset(d.Slug)).ToHashSet());
        Assert.All(seed.Pages, p => Assert.Contains(urls, u => u.StartsWith(PageRoutes.Page(p.Slug), StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_result_leads_to_a_published_page_and_anchor()
    {
        foreach (var url in Entries().Select(e => e.Url))
        {
            var parts = url.Split('#');
            var page = site.Page(parts[0]);
            if (parts.Length > 1)
            {
                Assert.True(page.GetElementById(parts[1]) is not null, $"{url}: no element with that id");
            }
        }
    }

    [Fact]
    public void Documents_are_found_by_type_as_well_as_number()
    {
        var resolution = Entries().Single(e => e.Url == DocumentRoutes.Document("nghi-quyet-45-nq-tw"));

        Assert.StartsWith("45-NQ/TW", resolution.Title, StringComparison.Ordinal);
        Assert.Contains("Nghị quyết", resolution.Heading, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_entry_has_a_title_of_its_own_not_the_name_of_its_kind()
    {
        var theme = LoadTheme.Run(RepoPaths.Theme, new DiagnosticBag());
        var kindNames = theme.Strings.Values
            .SelectMany(strings => ((IReadOnlyDictionary<string, object>)((IReadOnlyDictionary<string, object>)strings.Values["search"])["kinds"]).Values)
            .Cast<string>()
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        Assert.All(Entries(), e =>
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Title), $"{e.Url}: no title");
            Assert.DoesNotContain(e.Title.Trim(), kindNames);
        });
    }

    [Fact]
    public void Paragraphs_under_one_heading_are_told_apart_by_their_titles()
    {
        var conclusion = Entries().Where(e => e.Url.StartsWith(ConclusionRoutes.FullText, StringComparison.Ordinal)).ToList();

        Assert.All(conclusion.GroupBy(e => (e.Heading, e.Title)), same => Assert.True(same.Count() == 1, $"{same.Count()} entries titled «{same.Key.Title}» under «{same.Key.Heading}»"));
    }

    [Fact]
    public void The_signature_is_titled_as_such_and_names_its_document()
    {
        var signature = Entries().Single(e => e.Url == ConclusionRoutes.FullTextAnchor(Seed.Value.Conclusion.Signature.Id));

        Assert.Equal("Chữ ký", signature.Title);
        Assert.Equal(string.Join(' ', Seed.Value.Conclusion.TitleLines), signature.Heading);
    }

    private static IEnumerable<string> SectionIds(IEnumerable<Portal.Sections.Documents.Model.Section> sections) =>
        sections.SelectMany(s => SectionIds(s.Sections).Prepend(s.Id));
}
