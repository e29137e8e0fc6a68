using System.Text;

namespace HaiPhongUrban.Portal.Kernel.Discovery;

/// <summary>
/// robots.txt (RFC 9309): every crawler may read every page, since the portal is public by purpose. It
/// names the sitemap by its absolute address, as the Sitemap line requires, when there is one.
/// </summary>
public static class RobotsTxt
{
    /// <param name="sitemapUrl">The sitemap's absolute address, or null when no sitemap is published.</param>
    public static byte[] Write(string? sitemapUrl)
    {
        var text = new StringBuilder();
        text.Append("User-agent: *\n");
        text.Append("Allow: /\n");
        if (sitemapUrl is not null)
        {
            text.Append('\n').Append("Sitemap: ").Append(sitemapUrl).Append('\n');
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
