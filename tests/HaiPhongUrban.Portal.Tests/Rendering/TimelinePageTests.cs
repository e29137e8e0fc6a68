using HaiPhongUrban.Portal.Kernel.Urls;
using HaiPhongUrban.Portal.Sections.Conclusion.Model;
using HaiPhongUrban.Portal.Sections.Documents.Wording;
using HaiPhongUrban.Portal.Sections.Following.Model;
using HaiPhongUrban.Portal.Model;
using HaiPhongUrban.Portal.Tests.Support;

namespace HaiPhongUrban.Portal.Tests.Rendering;

/// <summary>
/// The timeline as published: the axis and the list name the same years, exactly those the wording
/// names, and every entry quotes its paragraph and leads to it.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class TimelinePageTests(BuiltSite site)
{
    private static readonly Lazy<Site> Seed = new(SeedModel.Load);

    [Fact]
    public void The_axis_and_the_list_name_the_same_years_in_order_exactly_those_the_text_names()
    {
        var page = site.Page(FollowingRoutes.Timeline);
        var textYears = TimeMentions.Of(Seed.Value.Conclusion).Select(m => m.Year).Distinct().Order().ToList();

        var axis = page.QuerySelectorAll(".timeline-axis li a").Select(a => a.GetAttribute("href")!).ToList();
        var list = page.QuerySelectorAll("section.timeline-year h3").Select(h => "#" + h.Id).ToList();

        Assert.Equal([2012, 2019, 2020, 2022, 2023, 2025, 2030, 2045, 2050], textYears);
        Assert.Equal(textYears.Select(y => UrlPath.Anchor(FollowingRoutes.TimelineYearId(y))), axis);
        Assert.Equal(axis, list);
    }

    [Fact]
    public void Every_entry_quotes_words_of_its_paragraph_and_links_to_it_and_counts_match_the_axis()
    {
        var page = site.Page(FollowingRoutes.Timeline);
        var texts = Seed.Value.Conclusion.AllParagraphs().ToDictionary(p => p.Id, p => p.Text);
        // The list goes year by year, and within a year in the order of the text.
        var mentions = TimeMentions.Of(Seed.Value.Conclusion).OrderBy(m => m.Year).ToList();

        var entries = page.QuerySelectorAll("ul.mentions li").ToList();
        Assert.Equal(mentions.Count, entries.Count);
        foreach (var (entry, mention) in entries.Zip(mentions))
        {
            Assert.Equal(mention.Phrase, entry.QuerySelector("q strong")!.TextContent);
            var quote = entry.QuerySelector("q")!.TextContent.Trim('…');
            Assert.Contains(quote, texts[mention.ParagraphId], StringComparison.Ordinal);
            var hrefs = entry.QuerySelectorAll(".mention-source a").Select(a => a.GetAttribute("href")).ToList();
            Assert.Contains(hrefs, h => h == ConclusionRoutes.FullTextAnchor(mention.ParagraphId) || h == ConclusionRoutes.ItemPage(mention.ParagraphId));
        }

        foreach (var year in mentions.GroupBy(m => m.Year))
        {
            var axisNote = page.QuerySelector($".timeline-axis a[href='#nam-{year.Key}'] .axis-note")!.TextContent;
            Assert.Contains($", {year.Count()} ", axisNote, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Years_after_the_conclusion_are_marked_as_horizons_in_words_not_only_by_style()
    {
        var page = site.Page(FollowingRoutes.Timeline);
        var meetingYear = Seed.Value.Conclusion.Facts.MeetingDate!.Value.Year;

        foreach (var item in page.QuerySelectorAll(".timeline-axis li"))
        {
            var year = int.Parse(item.QuerySelector(".axis-year")!.TextContent, System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(year > meetingYear, item.ClassList.Contains("horizon"));
            Assert.Equal(year > meetingYear, item.TextContent.Contains("hướng tới", StringComparison.Ordinal));
        }
    }
}
