using HaiPhongUrban.Portal.Kernel.Discovery;
using System.Text;

namespace HaiPhongUrban.Portal.Tests.Publishing.Discovery;

public sealed class RobotsTxtTests
{
    [Fact]
    public void Lets_every_crawler_read_everything_and_names_the_sitemap() =>
        Assert.Equal(
            "User-agent: *\nAllow: /\n\nSitemap: https://quy-hoach.example.vn/sitemap.xml\n",
            Encoding.UTF8.GetString(RobotsTxt.Write("https://quy-hoach.example.vn/sitemap.xml")));

    [Fact]
    public void Names_no_sitemap_when_there_is_none() =>
        Assert.Equal("User-agent: *\nAllow: /\n", Encoding.UTF8.GetString(RobotsTxt.Write(null)));
}
