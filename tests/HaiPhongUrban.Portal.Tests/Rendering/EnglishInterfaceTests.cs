using HaiPhongUrban.Portal.Sections.Conclusion.Model;
using HaiPhongUrban.Portal.Sections.Documents.Model;
using HaiPhongUrban.Portal.Tests.Support;
using System.Globalization;
using System.Security.Cryptography;
using YamlDotNet.RepresentationModel;

namespace HaiPhongUrban.Portal.Tests.Rendering;

/// <summary>
/// The real content built with <c>language: en</c>, read page by page like a visitor: no Vietnamese
/// interface word is left, every Vietnamese word is content marked lang="vi", the official wording is
/// exactly the Vietnamese build's, and what describes the content (catalogues, search index) is the same
/// bytes in both builds.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class EnglishInterfaceTests(BuiltSite vietnamese, BuiltEnglishSite english) : IClassFixture<BuiltEnglishSite>
{
    /// <summary>The official wording on the full-text page, block by block, as FullTextPageTests reads it.</summary>
    private const string WordingBlocks = ".doc-title-line, .para-text, .doc-section > h2, .doc-section > h3, .recipients h2";

    [Fact]
    public void The_english_build_succeeds_with_every_page_of_the_vietnamese_one()
    {
        Assert.True(english.Result.Succeeded, string.Join('\n', Runs.Errors(english.Result, english.Root)));
        Assert.Equal(vietnamese.HtmlFiles().Select(vietnamese.UrlOf), english.HtmlFiles().Select(english.UrlOf));
    }

    [Fact]
    public void Every_page_is_english_with_each_vietnamese_word_marked_lang_vi()
    {
        var problems = new List<string>();
        foreach (var file in english.HtmlFiles())
        {
            var page = BuiltSite.Parse(file);
            var url = english.UrlOf(file);
            if (page.DocumentElement.GetAttribute("lang") != "en")
            {
                problems.Add($"{url}: <html lang=\"{page.DocumentElement.GetAttribute("lang")}\">");
            }

            problems.AddRange(LanguageOfParts.Unmarked(page).Select(p => $"{url}: {p}"));
        }

        Assert.True(english.HtmlFiles().Count() > 30);
        Assert.True(problems.Count == 0, $"{problems.Count} Vietnamese words not marked lang=\"vi\":\n" + string.Join('\n', problems));
    }

    [Fact]
    public void No_vietnamese_interface_string_is_left_outside_content()
    {
        // Every string of vi.yml that is recognisably Vietnamese, looked up in the page's unmarked text.
        var strings = ViYmlStrings().Where(s => LanguageOfParts.HasVietnameseLetter(s.Value)).ToList();
        var left = new List<string>();
        foreach (var file in english.HtmlFiles())
        {
            var text = LanguageOfParts.UnmarkedText(BuiltSite.Parse(file));
            left.AddRange(strings.Where(s => text.Contains(s.Value, StringComparison.Ordinal)).Select(s => $"{english.UrlOf(file)}: {s.Key} \"{s.Value}\""));
        }

        Assert.True(strings.Count > 150, $"only {strings.Count} Vietnamese strings read from vi.yml");
        Assert.Empty(left);
    }

    [Fact]
    public void The_official_wording_is_word_for_word_the_vietnamese_builds_and_marked_vietnamese()
    {
        var inEnglish = english.Page("/ket-luan/").QuerySelectorAll(WordingBlocks);
        var inVietnamese = vietnamese.Page("/ket-luan/").QuerySelectorAll(WordingBlocks).Select(e => e.TextContent).ToList();

        Assert.Equal(OfficialWording.Lines(SeedModel.Load().Conclusion).Count, inVietnamese.Count);
        Assert.Equal(inVietnamese, inEnglish.Select(e => e.TextContent));
        Assert.All(inEnglish, e => Assert.True(LanguageOfParts.IsVietnamese(e), e.TextContent));
    }

    [Fact]
    public void Every_item_page_quotes_the_same_wording_labelled_as_the_vietnamese_official_text()
    {
        var heading = EnString("item", "official_heading");
        foreach (var url in english.HtmlFiles().Select(english.UrlOf).Where(u => u.StartsWith("/ket-luan/", StringComparison.Ordinal) && u != "/ket-luan/"))
        {
            var page = english.Page(url);
            var quote = page.QuerySelector("blockquote.wording-block p")!;
            Assert.Equal(vietnamese.Page(url).QuerySelector("blockquote.wording-block p")!.TextContent, quote.TextContent);
            Assert.True(LanguageOfParts.IsVietnamese(quote), url);
            Assert.Equal(heading, page.GetElementById("loi-van")!.TextContent);
        }

        Assert.Contains("Vietnamese", heading, StringComparison.Ordinal);
        Assert.Contains("Vietnamese", english.Page("/ket-luan/").QuerySelector(".official-label")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Paragraph_citations_are_worded_in_english_around_the_vietnamese_title()
    {
        var page = english.Page("/ket-luan/");
        var order = ParagraphCitationTests.PublishedOrder(english.Output);
        var updated = page.QuerySelector("footer .last-updated time")!.TextContent;
        var citations = ParagraphCitationTests.Citations(page);

        Assert.Equal(ParagraphCitationTests.Citations(vietnamese.Page("/ket-luan/")).Count, citations.Count);
        Assert.All(citations, c =>
        {
            var text = c.Citation?.TextContent ?? string.Empty;
            Assert.Contains($"paragraph {order[c.Id]}.", text, StringComparison.Ordinal);
            Assert.Contains($"Last updated: {updated}.", text, StringComparison.Ordinal);
            Assert.Equal("vi", c.Citation!.QuerySelector("cite")!.GetAttribute("lang"));
        });
    }

    [Fact]
    public void The_about_page_shows_the_same_hashes_as_the_vietnamese_build()
    {
        var inEnglish = english.Page("/gioi-thieu/").QuerySelectorAll("code.hash").Select(c => c.TextContent).ToList();
        var inVietnamese = vietnamese.Page("/gioi-thieu/").QuerySelectorAll("code.hash").Select(c => c.TextContent).ToList();

        Assert.Equal(inVietnamese, inEnglish);
        Assert.Contains(OfficialWording.Sha256(SeedModel.Load().Conclusion), inEnglish);
    }

    [Fact]
    public void Markdown_pages_say_they_are_in_vietnamese_only()
    {
        var note = EnString("content_language", "page_note");
        foreach (var slug in Directory.EnumerateFiles(RepoPaths.Content + "/pages", "*.md").Select(Path.GetFileNameWithoutExtension))
        {
            var article = english.Page($"/{slug}/").QuerySelector("main article")!;
            Assert.Equal(note, article.QuerySelector(".language-note")?.TextContent);
            Assert.True(LanguageOfParts.IsVietnamese(article.QuerySelector("h1")!), slug);
            Assert.True(LanguageOfParts.IsVietnamese(article.QuerySelector("h2")!), slug); // the Markdown's own headings
        }

        Assert.Null(vietnamese.Page("/gioi-thieu/").QuerySelector(".language-note")); // said only where it is news
    }

    [Fact]
    public void Dates_numbers_and_sizes_are_written_the_english_way()
    {
        var meeting = english.Page("/").QuerySelector("time[datetime='2023-11-11']")!;
        var size = new FileInfo(Directory.EnumerateFiles(Path.Combine(english.Output, "ket-luan"), "*.md").Single()).Length;

        Assert.Equal("11 November 2023", meeting.TextContent);
        Assert.Equal("11/11/2023", vietnamese.Page("/").QuerySelector("time[datetime='2023-11-11']")!.TextContent);
        Assert.Contains($"{size.ToString("#,0", CultureInfo.InvariantCulture)} bytes", english.Page("/gioi-thieu/").QuerySelector("#nguon-van-ban ~ dl, section[aria-labelledby=nguon-van-ban] dl")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(size.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.'), vietnamese.Page("/gioi-thieu/").QuerySelector("section[aria-labelledby=nguon-van-ban] dl")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Catalogues_downloads_and_the_search_index_are_the_same_bytes_as_the_vietnamese_builds()
    {
        // They describe the content, which is Vietnamese whatever the interface: nothing a harvester or a
        // checksum sees may change with the interface language.
        var published = Directory.EnumerateFiles(vietnamese.Output, "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".html", StringComparison.Ordinal) && !f.Contains("/assets/", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(vietnamese.Output, f))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Contains("SHA256SUMS", published);
        Assert.Contains(published, f => f.StartsWith("tim-kiem/chi-muc.", StringComparison.Ordinal));
        Assert.All(published, f => Assert.True(
            SHA256.HashData(File.ReadAllBytes(Path.Combine(vietnamese.Output, f))).SequenceEqual(SHA256.HashData(File.ReadAllBytes(Path.Combine(english.Output, f)))),
            $"{f} differs between the Vietnamese and the English build"));
    }

    [Fact]
    public void The_search_page_gives_its_script_english_words_and_the_contents_language()
    {
        var form = english.Page("/tim-kiem/").QuerySelector("#search-form")!;

        Assert.Equal("vi", form.GetAttribute("data-content-language"));
        Assert.Equal(EnString("search", "results"), form.GetAttribute("data-results"));
        Assert.Equal(EnString("search", "kinds", "limitation"), form.GetAttribute("data-kind-limitation"));
    }

    private static IEnumerable<KeyValuePair<string, string>> ViYmlStrings()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(RepoPaths.Theme, "i18n", "vi.yml"))));
        return Leaves((YamlMappingNode)stream.Documents[0].RootNode, string.Empty);
    }

    private static IEnumerable<KeyValuePair<string, string>> Leaves(YamlMappingNode mapping, string prefix) =>
        mapping.Children.SelectMany(pair => pair.Value is YamlMappingNode child
            ? Leaves(child, prefix + ((YamlScalarNode)pair.Key).Value + ".")
            : [new KeyValuePair<string, string>(prefix + ((YamlScalarNode)pair.Key).Value, ((YamlScalarNode)pair.Value).Value ?? string.Empty)]);

    private string EnString(params string[] path)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(english.Theme, "i18n", "en.yml"))));
        YamlNode node = stream.Documents[0].RootNode;
        foreach (var key in path)
        {
            node = ((YamlMappingNode)node)[key];
        }

        return ((YamlScalarNode)node).Value!;
    }
}
