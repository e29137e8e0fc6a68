using HaiPhongUrban.Portal.Serving;
using HaiPhongUrban.Portal.Tests.Support;

namespace HaiPhongUrban.Portal.Tests.Serving;

/// <summary>The test server matches netlify.toml's header rules the way Netlify does, so its pages get the live headers.</summary>
public sealed class NetlifyHeaderRuleTests
{
    private static readonly IReadOnlyDictionary<string, string> NoValues = new Dictionary<string, string>();

    [Theory]
    [InlineData("/du-lieu/*.csv", "/du-lieu/nhiem-vu/nhom-nhiem-vu.csv", true)]
    [InlineData("/du-lieu/*.csv", "/du-lieu/nhiem-vu/nhom-nhiem-vu.excel.csv", true)]
    [InlineData("/du-lieu/*.csv", "/du-lieu/nhiem-vu/nhom-nhiem-vu.csv.html", false)]
    [InlineData("/du-lieu/*.json", "/data.json", false)]
    [InlineData("/ket-luan/*.md", "/ket-luan/nguon/ket-luan.md", true)]
    [InlineData("/ket-luan/*.md", "/ket-luan/", false)]
    [InlineData("/assets/*", "/assets", true)]
    [InlineData("/assets/*", "/assets/site.0123abcd.css", true)]
    [InlineData("/assets/*", "/assetsx/site.css", false)]
    [InlineData("/*", "/", true)]
    [InlineData("/*", "/ket-luan/iii-1/", true)]
    [InlineData("/data.json", "/DATA.JSON", true)]
    [InlineData("/data.json", "/du-lieu/data.json", false)]
    [InlineData("/du-lieu/:slug/", "/du-lieu/nhiem-vu/", true)]
    [InlineData("/du-lieu/:slug/", "/du-lieu/nhiem-vu/bang/", false)]
    public void Matches_paths_the_way_netlify_does(string rule, string path, bool matches) =>
        Assert.Equal(matches, new NetlifyHeaderRule(rule, NoValues).Matches(path));

    [Fact]
    public void The_real_config_gives_a_page_the_csp_and_a_download_its_type()
    {
        var rules = NetlifyHeaderRules.Load(Path.Combine(RepoPaths.Root, "netlify.toml"));

        Assert.Single(rules.Values("/ket-luan/", "content-security-policy"));
        Assert.Empty(rules.Values("/ket-luan/", "Content-Type"));
        Assert.Equal(["text/csv; charset=utf-8"], rules.Values("/du-lieu/nhiem-vu/nhom-nhiem-vu.csv", "Content-Type"));
    }
}
