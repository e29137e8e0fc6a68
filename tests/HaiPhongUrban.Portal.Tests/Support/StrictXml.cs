using System.Xml;
using System.Xml.Linq;

namespace HaiPhongUrban.Portal.Tests.Support;

/// <summary>
/// Reads XML the way a careful consumer does: a DTD is refused (no entity expansion, nothing fetched),
/// and anything not well-formed throws. What parses here parses in any conforming reader.
/// </summary>
public static class StrictXml
{
    public const string Atom = "http://www.w3.org/2005/Atom";
    public const string Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static XDocument Parse(byte[] bytes)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, CheckCharacters = true };
        using var reader = XmlReader.Create(new MemoryStream(bytes), settings);
        return XDocument.Load(reader, LoadOptions.SetLineInfo);
    }

    public static XName InAtom(string name) => XName.Get(name, Atom);

    public static XName InSitemap(string name) => XName.Get(name, Sitemap);
}
