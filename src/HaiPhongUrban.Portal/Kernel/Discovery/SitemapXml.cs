using System.Xml;

namespace HaiPhongUrban.Portal.Kernel.Discovery;

/// <summary>
/// The sitemap (sitemaps.org protocol 0.9), written by <see cref="XmlWriter"/>: every page's absolute
/// address and its last-updated day from content, in address order so the same pages give the same bytes.
/// The protocol requires absolute addresses, so the sitemap is only written once base_url is known.
/// </summary>
public static class SitemapXml
{
    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static byte[] Write(IEnumerable<SitemapEntry> entries)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, XmlFiles.Settings))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("urlset", SitemapNamespace);
            foreach (var entry in entries.OrderBy(e => e.Location, StringComparer.Ordinal))
            {
                writer.WriteStartElement("url", SitemapNamespace);
                writer.WriteElementString("loc", SitemapNamespace, entry.Location);
                writer.WriteElementString("lastmod", SitemapNamespace, entry.LastModified);
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            writer.WriteEndDocument();
        }

        return stream.ToArray();
    }
}
