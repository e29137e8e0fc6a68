using System.Net;

namespace HaiPhongUrban.Portal.Serving;

/// <summary>
/// Answers a request for a published site the way Netlify does, so that a preview and the browser tests
/// meet the site visitors get: <c>/x/</c> is <c>x/index.html</c>; a folder asked for without its '/' is
/// redirected to it; a <c>_redirects</c> rule applies where no file answers (or always, when forced with
/// '!'), and a 200 rule shows the new address's page at the old one; anything else missing is a 404 with
/// the body of <c>/404.html</c>; and every answer carries the headers netlify.toml declares for the
/// address asked for, so the real Content-Security-Policy applies.
/// </summary>
public static class NetlifyAnswers
{
    public static SiteAnswer For(string path, string queryString, PublishedSite site, NetlifyHeaderRules rules)
    {
        var file = FileFor(path, site);
        var redirect = site.Redirects.FirstOrDefault(r => r.Matches(path));
        var folder = !path.EndsWith('/') && site.File(path + "/index.html") is not null;
        if (redirect is not null && ((file is null && !folder) || redirect.Force))
        {
            if (redirect.Status != (int)HttpStatusCode.OK)
            {
                return new SiteAnswer(redirect.Status, rules.For(path), Location: redirect.To);
            }

            path = redirect.To.Split('#')[0];
            file = FileFor(path, site);
        }

        if (file is null && folder)
        {
            return new SiteAnswer((int)HttpStatusCode.MovedPermanently, rules.For(path), Location: path + "/" + queryString);
        }

        // Rules apply to the address asked for, as on Netlify, also when the body is 404.html.
        return file is null
            ? new SiteAnswer((int)HttpStatusCode.NotFound, rules.For(path), FilePath: NotFoundPage, Body: site.File(NotFoundPage))
            : new SiteAnswer((int)HttpStatusCode.OK, rules.For(path), FilePath: file, Body: site.File(file));
    }

    /// <summary>The file path of the page Netlify shows for an address that does not exist.</summary>
    public const string NotFoundPage = "/404.html";

    private static string? FileFor(string path, PublishedSite site)
    {
        var filePath = path.EndsWith('/') ? path + "index.html" : path;
        return site.File(filePath) is not null ? filePath : null;
    }
}
