using HaiPhongUrban.Portal.Tests.Support;
using AngleSharp.Html.Parser;

namespace HaiPhongUrban.Portal.Tests.Rendering;

/// <summary>
/// The check the English build is held to finds what it must: an unmarked Vietnamese word in text or in
/// an attribute, on a page in memory and on real builds broken in the two ways that matter (a Vietnamese
/// word in en.yml, a lang="vi" dropped from a template).
/// </summary>
public sealed class LanguageOfPartsTests
{
    [Fact]
    public void It_finds_unmarked_vietnamese_text_and_attributes_and_passes_marked_ones()
    {
        var page = new HtmlParser().ParseDocument(
            "<html lang=\"en\"><head><title>Home</title><meta name=\"description\" content=\"Trang chủ\"></head><body>" +
            "<p lang=\"vi\">Kết luận <a title=\"đường\">đô thị</a></p>" +
            "<p>Official text: <span lang=\"vi\">Hạn chế</span> and <b>hạn chế</b></p>" +
            "<p lang=\"vi\"><span lang=\"en\">English inside, then Việt</span></p>" +
            "<nav aria-label=\"Điều hướng\">Home</nav><p>Plain English, «1,234» rows…</p></body></html>");

        Assert.Equal(
            ["<meta> content=\"Trang chủ\"", "<b> text \"hạn chế\"", "<span> text \"English inside, then Việt\"", "<nav> aria-label=\"Điều hướng\""],
            LanguageOfParts.Unmarked(page));
    }

    [Theory]
    [InlineData("Quy hoạch", true)]
    [InlineData("ĐÔ THỊ", true)]
    [InlineData("đ", true)]
    [InlineData("ư", true)]
    [InlineData("quy hoa\u0323ch", true)] // decomposed: a + combining dot below
    [InlineData("quy hoach do thi", false)]
    [InlineData("Open data «query» — 1,234 rows…", false)]
    public void It_knows_a_vietnamese_letter(string text, bool expected) =>
        Assert.Equal(expected, LanguageOfParts.HasVietnameseLetter(text));

    [Fact]
    public void It_holds_every_letter_of_the_vietnamese_alphabet_beyond_ascii()
    {
        // 12 vowel shapes × 5 tones, 6 bare shaped vowels, and đ: 67 lower-case letters, 67 capitals.
        Assert.Equal(134, LanguageOfParts.VietnameseLetters.Count);
        Assert.All("ăâêôơưđàảãạằắẳẵặầấẩẫậèẻẽẹềếểễệìỉĩịòỏõọồốổỗộờớởỡợùủũụừứửữựỳýỷỹỵ", c => Assert.Contains(c, LanguageOfParts.VietnameseLetters));
    }

    [Fact]
    public void A_vietnamese_word_in_en_yml_is_found_on_the_built_pages()
    {
        using var workspace = Workspace.Create();
        workspace.UseInterfaceLanguage("en");
        workspace.Edit("theme/i18n/en.yml", "  read_full_text: Read the full text of the Conclusion\n", "  read_full_text: Đọc toàn văn\n");

        Assert.True(Runs.Build(workspace).Succeeded);

        var home = BuiltSite.Parse(Path.Combine(workspace.Output, "index.html"));
        Assert.Equal(["<a> text \"Đọc toàn văn\""], LanguageOfParts.Unmarked(home));
    }

    [Fact]
    public void A_lang_vi_dropped_from_a_template_is_found_on_the_built_full_text()
    {
        using var workspace = Workspace.Create();
        workspace.UseInterfaceLanguage("en");
        workspace.Edit("theme/partials/paragraph.liquid", "<p class=\"para-text\" lang=\"vi\">", "<p class=\"para-text\">");

        Assert.True(Runs.Build(workspace).Succeeded);

        var unmarked = LanguageOfParts.Unmarked(BuiltSite.Parse(Path.Combine(workspace.Output, "ket-luan", "index.html")));
        // Every paragraph the partial shows (22), three of them in two pieces around a corrected word's link.
        Assert.Equal(1 + 1 + 2 + 6 + 3 + 7 + 2 + 3, unmarked.Count(u => u.StartsWith("<p> text", StringComparison.Ordinal)));
    }
}
