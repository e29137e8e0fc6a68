using HaiPhongUrban.Portal.Tests.Support;

namespace HaiPhongUrban.Portal.Tests.Searching;

/// <summary>
/// The rules of theme/assets/search-core.js, each on a tiny index written here, run by the very
/// script the browser runs (in Jint).
/// </summary>
public sealed class SearchScriptTests
{
    private static object Entry(string url, string text, string title = "", string heading = "", string kind = "paragraph") =>
        new { kind, number = "", title, heading, text, url };

    [Theory]
    [InlineData("Quy hoạch", "quy hoach")]
    [InlineData("ĐÔ THỊ", "do thi")]
    [InlineData("đường", "duong")]
    [InlineData("uỷ", "uy")]
    [InlineData("ủy", "uy")]
    [InlineData("Nghị quyết 04-NQ/TU", "nghi quyet 04-nq/tu")]
    public void Folding_drops_case_every_diacritic_and_reads_đ_as_d(string text, string folded) =>
        Assert.Equal(folded, SearchScript.OverEntries().Fold(text));

    [Theory]
    [InlineData("quy hoach do thi")]
    [InlineData("QUY HOẠCH ĐÔ THỊ")]
    [InlineData("quy hoạch đô thị")]
    [InlineData("quy hoach đo thi")]
    public void A_query_with_or_without_diacritics_finds_the_text_with_them(string query)
    {
        var script = SearchScript.OverEntries(Entry("/a", "Nâng cao chất lượng quy hoạch đô thị."));

        Assert.Equal(["/a"], script.Urls(query));
    }

    [Fact]
    public void Both_tone_placements_find_each_other_and_score_alike()
    {
        var script = SearchScript.OverEntries(Entry("/new", "Ủy ban nhân dân"), Entry("/old", "Uỷ ban nhân dân"));

        var found = script.Search("uỷ ban");

        Assert.Equal(["/new", "/old"], found.Select(f => f.Entry.Url));
        Assert.Equal(found[0].Score, found[1].Score);
    }

    [Fact]
    public void Every_word_of_the_query_must_match()
    {
        var script = SearchScript.OverEntries(Entry("/both", "thoát nước mưa"), Entry("/one", "thoát khỏi"));

        Assert.Equal(["/both"], script.Urls("thoat nuoc"));
    }

    [Fact]
    public void Words_match_whole_words_not_parts_of_words()
    {
        var script = SearchScript.OverEntries(Entry("/a", "thiết kế"), Entry("/b", "đô thị"));

        Assert.Equal(["/b"], script.Urls("thi"));
    }

    [Fact]
    public void Title_ranks_above_heading_and_heading_above_text()
    {
        var script = SearchScript.OverEntries(
            Entry("/text", "nhà ở xã hội"),
            Entry("/heading", "khác", heading: "nhà ở xã hội"),
            Entry("/title", "khác", title: "nhà ở xã hội"));

        Assert.Equal(["/title", "/heading", "/text"], script.Urls("nha o xa hoi"));
    }

    [Fact]
    public void Closer_words_rank_above_farther_ones_and_the_typed_order_above_any_other()
    {
        var script = SearchScript.OverEntries(
            Entry("/far", "giao cho các sở theo dõi việc xây dựng thông tin"),
            Entry("/near-reversed", "thông giao"),
            Entry("/phrase", "giao thông"));

        Assert.Equal(["/phrase", "/near-reversed", "/far"], script.Urls("giao thông"));
    }

    [Fact]
    public void The_phrase_in_the_text_ranks_above_part_of_it_in_the_title_and_the_rest_elsewhere()
    {
        // The Conclusion's limitation (2) has "quy hoạch" in its title and "nhìn chung" in its text;
        // result (2) has "quy hoạch chung" itself, in the text only.
        var script = SearchScript.OverEntries(
            Entry("/scattered", "công tác quy hoạch, quản lý trật tự xây dựng nhìn chung vẫn chưa chủ động", title: "Quy hoạch thiếu đồng bộ"),
            Entry("/phrase", "góp phần tăng cường quy hoạch chung thành phố Hải Phòng", title: "Đô thị loại I"));

        Assert.Equal(["/phrase", "/scattered"], script.Urls("quy hoach chung"));
    }

    [Fact]
    public void The_portals_own_pages_rank_below_the_official_text_for_the_same_match()
    {
        var script = SearchScript.OverEntries(
            Entry("/huong-dan/#a", "giao thông công cộng", title: "Hướng dẫn", kind: "page"),
            Entry("/ket-luan/#a", "giao thông công cộng", title: "Hạ tầng"));

        Assert.Equal(["/ket-luan/#a", "/huong-dan/#a"], script.Urls("giao thong cong cong"));
    }

    [Fact]
    public void A_query_typed_with_diacritics_prefers_the_words_that_have_exactly_them()
    {
        var script = SearchScript.OverEntries(Entry("/other-tones", "đồ thì"), Entry("/same", "đô thị"));

        Assert.Equal(["/same", "/other-tones"], script.Urls("đô thị"));
        Assert.Equal(["/other-tones", "/same"], script.Urls("do thi"));
    }

    [Fact]
    public void The_last_word_matches_the_start_of_a_word_only_when_whole_words_find_nothing()
    {
        var script = SearchScript.OverEntries(Entry("/cong-cong", "giao thông công cộng"), Entry("/thiet", "thiết kế"), Entry("/thi", "đô thị"));

        Assert.Equal(["/cong-cong"], script.Urls("giao thông công c"));
        Assert.Equal(["/thi"], script.Urls("do thi"));
        Assert.Equal(["/thiet"], script.Urls("thie"));
    }

    [Fact]
    public void Equal_scores_keep_the_order_of_the_index()
    {
        var script = SearchScript.OverEntries(Entry("/1", "kinh tế đêm"), Entry("/2", "kinh tế đêm"), Entry("/3", "kinh tế đêm"));

        Assert.Equal(["/1", "/2", "/3"], script.Urls("kinh te dem"));
    }

    [Fact]
    public void The_snippet_quotes_the_text_around_the_match_and_marks_the_words_as_written()
    {
        var words = string.Join(' ', Enumerable.Range(1, 40).Select(i => $"từ{i}"));
        var script = SearchScript.OverEntries(Entry("/a", $"{words} thoát nước thải còn chung {words}", title: "Thoát nước"));

        var found = Assert.Single(script.Search("thoat nuoc"));

        Assert.Equal(["thoát", "nước"], found.Snippet.Marked);
        Assert.True(found.Snippet.CutBefore && found.Snippet.CutAfter);
        Assert.StartsWith("từ33 ", found.Snippet.Text, StringComparison.Ordinal);
        Assert.Equal(["Thoát", "nước"], found.Title.Marked);
    }

    [Fact]
    public void An_entry_without_title_shows_its_heading_as_title()
    {
        var script = SearchScript.OverEntries(Entry("/a", "đô thị loại I", heading: "1. Kết quả:"));

        var found = Assert.Single(script.Search("do thi"));

        Assert.Equal("1. Kết quả:", found.Title.Text);
        Assert.Equal(string.Empty, found.Context.Text);
    }

    [Fact]
    public void A_query_of_no_words_finds_nothing()
    {
        var script = SearchScript.OverEntries(Entry("/a", "đô thị"));

        Assert.Empty(script.Search("  ,;  "));
    }
}
