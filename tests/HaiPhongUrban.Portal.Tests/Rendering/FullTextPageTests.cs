using HaiPhongUrban.Portal.Tests.Support;

namespace HaiPhongUrban.Portal.Tests.Rendering;

/// <summary>What a reader of the built full-text page gets: every paragraph word for word, with a permalink.</summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class FullTextPageTests(BuiltSite site)
{
    private static readonly string Transcription = File.ReadAllText(Path.Combine(RepoPaths.Fixtures, "source", "ket-luan-nghi-quyet-04-NQ-TU.md"));

    [Fact]
    public void Build_of_the_seed_content_succeeds()
    {
        Assert.True(site.Result.Succeeded, string.Join('\n', Runs.Errors(site.Result, site.Root)));
        Assert.True(File.Exists(Path.Combine(site.Output, "index.html")));
        Assert.True(File.Exists(Path.Combine(site.Output, "ket-luan", "index.html")));
        Assert.True(File.Exists(Path.Combine(site.Output, "404.html")));
    }

    [Fact]
    public void Every_line_of_the_source_is_on_the_full_text_page_word_for_word()
    {
        var page = site.Page("/ket-luan/");
        var blocks = page.QuerySelectorAll(".doc-title-line, .para-text, .doc-section > h2, .doc-section > h3, .recipients h2")
            .Select(e => Collapse(e.TextContent))
            .ToList();
        var expected = TranscriptionNormalizer.Normalize(Transcription).Lines
            .Select(l => l.StartsWith("- ", StringComparison.Ordinal) ? l[2..] : l) // the list bullet is drawn by CSS
            .ToList();

        Assert.Equal(expected, blocks);
    }

    [Fact]
    public void Every_paragraph_has_an_anchor_and_a_visible_permalink()
    {
        var page = site.Page("/ket-luan/");
        var paragraphs = page.QuerySelectorAll(".para");

        Assert.Equal(1 + 1 + 2 + 6 + 3 + 7 + 2, paragraphs.Length);
        foreach (var paragraph in paragraphs)
        {
            var permalink = paragraph.QuerySelector("a.permalink");
            Assert.NotNull(permalink);
            Assert.Equal("/ket-luan/#" + paragraph.Id, permalink.GetAttribute("href"));
            Assert.False(string.IsNullOrWhiteSpace(permalink.TextContent));
        }

        var permalinks = page.QuerySelectorAll("a.permalink").Select(a => a.TextContent).ToList();
        Assert.Equal(30, permalinks.Count); // every paragraph, recipient and the signature
        Assert.Equal(permalinks.Count, permalinks.Distinct().Count()); // link text says which paragraph
        Assert.NotNull(page.GetElementById("han-che-5"));
        Assert.NotNull(page.GetElementById("to-chuc-thuc-hien-2"));
    }

    [Fact]
    public void Corrected_words_are_marked_and_link_to_their_errata_without_adding_text()
    {
        var page = site.Page("/ket-luan/");
        var marks = page.QuerySelectorAll("a.corrected");

        Assert.Equal(["hữu khuynh", "chuyển biến", "chế"], marks.Select(m => m.TextContent));
        Assert.Equal(["/gioi-thieu/#dinh-chinh-1", "/gioi-thieu/#dinh-chinh-2", "/gioi-thieu/#dinh-chinh-3"], marks.Select(m => m.GetAttribute("href")));
        Assert.Contains("có biểu hiện hữu khuynh, tiêu cực", page.GetElementById("han-che-5")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_of_contents_links_every_item_and_labels_short_titles_as_editorial()
    {
        var toc = site.Page("/ket-luan/").QuerySelector("nav.toc")!;

        Assert.Equal(17 + 5, toc.QuerySelectorAll("a").Length); // 17 items, 5 headings
        Assert.NotNull(toc.QuerySelector(".editorial-tag"));
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
