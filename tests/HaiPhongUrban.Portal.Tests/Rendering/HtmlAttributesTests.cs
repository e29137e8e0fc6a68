using HaiPhongUrban.Portal.Rendering;
using HaiPhongUrban.Portal.Tests.Support;
using System.Text.RegularExpressions;

namespace HaiPhongUrban.Portal.Tests.Rendering;

/// <summary>
/// The attribute scan finds exactly what the patterns it replaced matched (<c>\s(names)="([^"]*)"</c>, left to
/// right, never overlapping), on the edge cases of real pages and on every page built from the seed.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class HtmlAttributesTests(BuiltSite site)
{
    private static readonly string[] LinkNames = ["href", "src", "action", "srcset"];

    public static TheoryData<string> Pages => new()
    {
        """<a href="/a/">x</a> <img src="/b.png" srcset="/b.png 1x, /c.png 2x" data-src="/d.png">""",
        "<a\thref=\"/tab/\">\n<a\u00A0href=\"/nbsp/\"><a\u2028src=\"/line/\">",
        """<a xhref="/no/" data-href="/no/" HREF="/no/" href ="/no/" href='/no/'>""",
        """<a href="">empty</a><a href="/unclosed""",
        """<p>a href="/text/" written in text, and href="/no-blank/"</p> src="/x/" """,
        """<a href="/a/"href="/b/" id="x"> href="/c/" id="y" """,
        """<code>&lt;a href=&quot;/khong/&quot;&gt;</code> <a href="/tim-kiem/?q=a&amp;b=1">""",
        """ href="/start/" === ="" ="x" src=""",
        "",
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void It_finds_what_the_pattern_matched(string html)
    {
        AssertSameAsPattern(html, LinkNames);
        AssertSameAsPattern(html, ["id"]);
    }

    [Fact]
    public void It_finds_what_the_pattern_matched_on_every_page_of_the_seed()
    {
        var pages = site.HtmlFiles().Select(File.ReadAllText).ToList();

        Assert.True(pages.Count >= 30);
        Assert.True(pages.Sum(page => HtmlAttributes.Find(page, LinkNames).Count) > 1000);
        foreach (var page in pages)
        {
            AssertSameAsPattern(page, LinkNames);
            AssertSameAsPattern(page, ["id"]);
        }
    }

    private static void AssertSameAsPattern(string html, string[] names)
    {
        var pattern = new Regex($"\\s(?<name>{string.Join('|', names)})=\"(?<value>[^\"]*)\"");
        var expected = pattern.Matches(html).Select(m => (m.Groups["name"].Value, m.Index, m.Groups["value"].Index, m.Groups["value"].Index + m.Groups["value"].Length));
        var found = HtmlAttributes.Find(html, names).Select(a => (a.Name, a.Start, a.ValueStart, a.ValueEnd));
        Assert.Equal(expected, found);
    }
}
