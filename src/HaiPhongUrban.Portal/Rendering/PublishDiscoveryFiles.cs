using HaiPhongUrban.Portal.Kernel.Discovery;
using HaiPhongUrban.Portal.Kernel.Urls;
using HaiPhongUrban.Portal.Model;
using HaiPhongUrban.Portal.Sections;

namespace HaiPhongUrban.Portal.Rendering;

/// <summary>The files that let crawlers find the planned pages: the sitemap and robots.txt.</summary>
public static class PublishDiscoveryFiles
{
    public static IReadOnlyList<StaticFile> Run(Site site, IReadOnlyList<PageToRender> pages)
    {
        var settings = site.Settings;
        var files = new List<StaticFile>();

        // A sitemap of relative addresses would be invalid: without base_url there is none, and robots.txt
        // names none (the base_url warning says so).
        var sitemapUrl = UrlPath.Absolute(settings.BaseUrl, SiteRoutes.Sitemap);
        if (sitemapUrl is not null)
        {
            // Every HTML page but 404.html, which answers addresses that do not exist. Downloads and
            // catalogues are left to data.json and DCAT, made for harvesters; each dataset page links them.
            var entries = pages
                .Where(p => p.Url != SiteRoutes.NotFound)
                .Select(p => new SitemapEntry(UrlPath.Absolute(settings.BaseUrl, p.Url)!, p.Page.LastUpdatedIso));
            files.Add(new StaticFile(SiteRoutes.Sitemap, SitemapXml.Write(entries)));
        }

        files.Add(new StaticFile(SiteRoutes.Robots, RobotsTxt.Write(sitemapUrl)));
        return files;
    }
}
