using HaiPhongUrban.Portal.Kernel.Discovery;
using HaiPhongUrban.Portal.Routing;
using HaiPhongUrban.Portal.Sections.Updates.Publishing;
using HaiPhongUrban.Portal.Kernel.Theme;
using HaiPhongUrban.Portal.Model;
using HaiPhongUrban.Portal.Sections;

namespace HaiPhongUrban.Portal.Rendering;

/// <summary>
/// The files that let readers and crawlers find what the portal publishes, from the model and the
/// planned pages: the Atom feed of the update history, the sitemap and robots.txt.
/// </summary>
public static class PublishDiscoveryFiles
{
    public static IReadOnlyList<StaticFile> Run(Site site, IReadOnlyList<PageToRender> pages, StringTable strings)
    {
        var settings = site.Settings;

        // Until site.yml names a publisher, the portal itself is the feed's author (as in its dataset
        // citations), rather than an invented name.
        var hasPublisher = settings.PublisherName.Length > 0;
        var header = new FeedHeader(
            settings.Title,
            strings.At("updates", "lead"),
            SiteSettings.ContentLanguage,
            settings.BaseUrl,
            hasPublisher ? settings.PublisherName : settings.Title,
            hasPublisher ? settings.PublisherUrl : string.Empty);
        var files = new List<StaticFile> { new(UrlScheme.Feed, AtomFeed.Write(header, site.Updates)) };

        // A sitemap of relative addresses would be invalid: without base_url there is none, and robots.txt
        // names none (the base_url warning says so).
        var sitemapUrl = UrlScheme.Absolute(settings.BaseUrl, UrlScheme.Sitemap);
        if (sitemapUrl is not null)
        {
            // Every HTML page but 404.html, which answers addresses that do not exist. Downloads and
            // catalogues are left to data.json and DCAT, made for harvesters; each dataset page links them.
            var entries = pages
                .Where(p => p.Url != UrlScheme.NotFound)
                .Select(p => new SitemapEntry(UrlScheme.Absolute(settings.BaseUrl, p.Url)!, p.Page.LastUpdatedIso));
            files.Add(new StaticFile(UrlScheme.Sitemap, SitemapXml.Write(entries)));
        }

        files.Add(new StaticFile(UrlScheme.Robots, RobotsTxt.Write(sitemapUrl)));
        return files;
    }
}
