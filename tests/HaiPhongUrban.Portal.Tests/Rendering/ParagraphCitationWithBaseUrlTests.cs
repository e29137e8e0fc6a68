using HaiPhongUrban.Portal.Tests.Support;

namespace HaiPhongUrban.Portal.Tests.Rendering;

/// <summary>With a base URL in site.yml, a paragraph's citation gives its absolute address, the one a reader can follow from print.</summary>
[Collection(BuiltDataSiteCollection.Name)]
public sealed class ParagraphCitationWithBaseUrlTests(BuiltDataSite site)
{
    [Fact]
    public void Each_paragraph_citation_ends_with_its_absolute_address()
    {
        var page = BuiltSite.Parse(site.FileOf("/ket-luan/"));
        var citations = ParagraphCitationTests.Citations(page);

        Assert.NotEmpty(citations);
        Assert.All(citations, c => Assert.EndsWith($" {BuiltDataSite.BaseUrl}/ket-luan/#{c.Id}", c.Citation?.TextContent ?? string.Empty, StringComparison.Ordinal));
    }
}
