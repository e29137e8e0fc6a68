using System.Security.Cryptography;
using System.Text.Json;
using HaiPhongUrban.Portal.Sections.Documents.Model;
using HaiPhongUrban.Portal.Tests.Support;

namespace HaiPhongUrban.Portal.Tests.Sections.Documents;

/// <summary>
/// A second full text, of a document of the registry, published with every property the Conclusion's
/// has: its page with a permalink per paragraph, its hashes, its errata and page-break join, its
/// source transcription, its paragraphs dataset and its search entries. The document is synthetic
/// (tests/fixtures/full-text/: three sections, one correction, one join), laid over the real content with
/// the registry entry this test appends to van-ban.yml.
/// </summary>
public sealed class FullTextDocumentTests : IDisposable
{
    private const string Slug = "quyet-dinh-mau";
    private const string Page = "/van-ban/quyet-dinh-mau/toan-van/";
    private static readonly string[] ParagraphIds = ["can-cu", "dieu-1-doan-1", "dieu-2-1", "dieu-2-2", "dieu-3-doan-1", "noi-nhan-1", "chu-ky"];

    private readonly Workspace _workspace = Workspace.Create();

    public FullTextDocumentTests()
    {
        File.AppendAllText(_workspace.ContentFile("van-ban.yml"), """
            - slug: quyet-dinh-mau
              type: scheme
              number: ""
              date: 2024-05-06
              issuer: Cơ quan mẫu
              title: Quyết định mẫu về việc thử nghiệm toàn văn
              relation: named-in-task

            """.Replace("\r\n", "\n", StringComparison.Ordinal));
        _workspace.Overlay(Path.Combine(RepoPaths.Fixtures, "full-text"));
        var result = Runs.Build(_workspace);
        Assert.True(result.Succeeded, string.Join('\n', Runs.Errors(result, _workspace.Root)));
    }

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Its_full_text_has_every_paragraph_and_heading_at_a_permalink_of_its_own()
    {
        var page = BuiltSite.Parse(FileOf(Page));

        foreach (var id in ParagraphIds)
        {
            Assert.NotNull(page.GetElementById(id));
            Assert.Contains(page.QuerySelectorAll("a.permalink"), a => a.GetAttribute("href") == Page + "#" + id);
        }

        Assert.Equal(["dieu-1", "dieu-2", "dieu-3"], page.QuerySelectorAll(".wording section.doc-section").Select(s => s.GetAttribute("aria-labelledby")));
        Assert.Equal(["(1)", "(2)"], page.QuerySelectorAll("#dieu-2 ~ ol .marker, section[aria-labelledby=dieu-2] .marker").Select(m => m.TextContent).Distinct());
        Assert.Contains("QUYẾT ĐỊNH MẪU", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Its_corrected_word_is_marked_and_leads_to_its_erratum_on_the_documents_page()
    {
        var text = BuiltSite.Parse(FileOf(Page));
        var mark = text.QuerySelectorAll("#dieu-2-2 a").Single(a => a.GetAttribute("href") == "/van-ban/quyet-dinh-mau/#dinh-chinh-mau-1");
        Assert.Equal("đính chính", mark.TextContent);

        var document = BuiltSite.Parse(FileOf("/van-ban/quyet-dinh-mau/"));
        var erratum = document.GetElementById("dinh-chinh-mau-1")!;
        Assert.Contains("đinh chính", erratum.TextContent, StringComparison.Ordinal);
        Assert.Contains("đính chính", erratum.TextContent, StringComparison.Ordinal);
        Assert.Contains(document.QuerySelectorAll("#nguon-van-ban ~ section li, section li"), li => li.TextContent.Contains("cổng thông / tin", StringComparison.Ordinal));
        Assert.Contains(document.QuerySelectorAll("a.button"), a => a.GetAttribute("href") == Page);
    }

    [Fact]
    public void Its_source_is_published_unchanged_with_its_hash_and_the_hash_of_the_wording()
    {
        var fixture = File.ReadAllBytes(Path.Combine(RepoPaths.Fixtures, "full-text", "van-ban", Slug, "nguon", "quyet-dinh-mau.md"));
        Assert.Equal(fixture, File.ReadAllBytes(FileOf(Page + "quyet-dinh-mau.md")));

        var site = SeedModel.Load(_workspace.Content);
        var text = site.Documents.Single(d => d.Slug == Slug).FullText!;
        var hashes = BuiltSite.Parse(FileOf("/van-ban/quyet-dinh-mau/")).QuerySelectorAll("code.hash").Select(c => c.TextContent).ToList();
        Assert.Equal([Convert.ToHexStringLower(SHA256.HashData(fixture)), OfficialWording.Sha256(text.Text)], hashes);
        Assert.Equal(ParagraphIds, text.Text.AllParagraphs().Select(p => p.Id));
    }

    [Fact]
    public void Its_paragraphs_are_a_dataset_one_row_each_in_reading_order()
    {
        var rows = File.ReadAllLines(FileOf("/du-lieu/doan-van-quyet-dinh-mau/doan-van-quyet-dinh-mau.csv"));

        Assert.Equal("id,order,section_id,number,text,url", rows[0]);
        Assert.Equal(ParagraphIds, rows.Skip(1).Select(r => r.Split(',')[0]));
        Assert.Equal("dieu-2-2,4,dieu-2,(2),Ghi rõ mọi chỗ đính chính so với bản chép lại.,/van-ban/quyet-dinh-mau/toan-van/#dieu-2-2", rows[4]);
    }

    [Fact]
    public void Search_finds_each_of_its_paragraphs_at_its_anchor()
    {
        var index = Directory.EnumerateFiles(Path.Combine(_workspace.Output, "tim-kiem"), "chi-muc.*.json").Single();
        var urls = PublishedSearch.Entries(_workspace.Output, index).Select(e => e.Url).ToHashSet();

        Assert.All(ParagraphIds, id => Assert.Contains(Page + "#" + id, urls));
        Assert.All(new[] { "dieu-1", "dieu-2", "dieu-3" }, id => Assert.Contains(Page + "#" + id, urls));
    }

    private string FileOf(string url) => Path.Combine(_workspace.Output, Portal.Kernel.Urls.UrlPath.OutputFile(url));
}
