using AngleSharp.Dom;
using HaiPhongUrban.Portal.Tests.Support;

namespace HaiPhongUrban.Portal.Tests.Rendering;

/// <summary>
/// Every paragraph of a full text offers, beside its permalink, a citation to copy: the document, the
/// paragraph's number in reading order (the <c>order</c> of the published paragraph table), its address
/// and the date the page was last updated. Without a base URL the address is the path.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class ParagraphCitationTests(BuiltSite site)
{
    /// <summary>Each paragraph's id and number, as the published paragraph table gives them (its first two columns).</summary>
    public static Dictionary<string, string> PublishedOrder(string output) =>
        File.ReadLines(Path.Combine(output, "du-lieu", "doan-van-ket-luan", "doan-van.csv"))
            .Skip(1)
            .Select(line => line.Split(','))
            .ToDictionary(cells => cells[0], cells => cells[1], StringComparer.Ordinal);

    /// <summary>The paragraphs with a permalink under them (not the recipients' list lines), with their citation.</summary>
    public static IReadOnlyList<(string Id, IElement? Citation)> Citations(IDocument page) =>
        page.QuerySelectorAll(".para, .signature").Select(p => (p.Id!, p.QuerySelector("details.cite .citation"))).ToList();

    [Fact]
    public void Every_paragraph_cites_the_document_its_number_its_address_and_the_date_of_the_page()
    {
        var page = site.Page("/ket-luan/");
        var title = string.Join(' ', page.QuerySelectorAll("h1 .doc-title-line").Select(l => l.TextContent.Trim()));
        var updated = page.QuerySelector("footer .last-updated time")!.TextContent;
        var order = PublishedOrder(site.Output);
        var citations = Citations(page);

        Assert.Equal(1 + 1 + 2 + 6 + 3 + 7 + 2 + 1, citations.Count);
        foreach (var (id, citation) in citations)
        {
            Assert.True(citation is not null, $"#{id} has no citation");
            var text = string.Join(' ', citation.TextContent.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
            Assert.Contains(title, text, StringComparison.Ordinal);
            Assert.Contains($"đoạn {order[id]}.", text, StringComparison.Ordinal);
            Assert.EndsWith($" /ket-luan/#{id}", text, StringComparison.Ordinal);
            Assert.Contains($"Cập nhật lần cuối: {updated}.", text, StringComparison.Ordinal);
            Assert.Equal(title, citation.QuerySelector("cite[lang=vi]")?.TextContent);
            Assert.Contains($"đoạn {order[id]}", citation.Closest("details")!.QuerySelector("summary")!.TextContent, StringComparison.Ordinal);
        }
    }
}
