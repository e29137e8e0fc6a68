using HaiPhongUrban.Portal.Tests.Support;
using System.Text.RegularExpressions;

namespace HaiPhongUrban.Portal.Tests.Rendering;

/// <summary>
/// A parenthesis a template opens around a name that ends in its own parenthesis reads as a typo to a
/// citizen ("…của cổng (ghi nhận khi công bố cổng))"): no page's text closes two brackets in a row.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class DoubledBracketTests(BuiltSite site)
{
    [Fact]
    public void No_page_text_closes_two_brackets_in_a_row()
    {
        var doubled = new List<string>();
        foreach (var file in site.HtmlFiles())
        {
            var text = Regex.Replace(BuiltSite.Parse(file).Body!.TextContent, @"\s+", " ");
            doubled.AddRange(Regex.Matches(text, @".{0,60}\)\s*\)").Select(m => $"{site.UrlOf(file)}: …{m.Value}"));
        }

        Assert.True(doubled.Count == 0, string.Join('\n', doubled));
    }
}
