using HaiPhongUrban.Portal.Kernel.Discovery;
using HaiPhongUrban.Portal.Kernel.Urls;
using HaiPhongUrban.Portal.Sections.Updates.Model;
using System.Globalization;
using System.Text;
using System.Xml;

namespace HaiPhongUrban.Portal.Sections.Updates.Publishing;

/// <summary>
/// The update history as an Atom 1.0 feed (RFC 4287), written by <see cref="XmlWriter"/> so that every
/// title and summary is escaped by the XML library, never by hand.
/// <list type="bullet">
/// <item>Ids are <c>urn:uuid:</c> name-based UUIDs of the update's <c>id</c> under the portal's own
/// namespace: stable forever, the same before and after base_url is filled in or the domain changes,
/// and needing no domain the portal does not have (which a <c>tag:</c> URI would).</item>
/// <item>Dates are the content's days, at the start of that day in Vietnam (UTC+07:00, no daylight
/// saving); the feed's <c>updated</c> is its newest entry's, so the build's clock never shows.</item>
/// <item>Links are absolute from base_url. Without one they stay site-relative ('/ket-luan/'), which
/// RFC 4287 allows: a reader resolves them against the feed's own address, the portal's root.</item>
/// </list>
/// </summary>
public static class AtomFeed
{
    public const string MediaType = "application/atom+xml";

    private const string AtomNamespace = "http://www.w3.org/2005/Atom";

    /// <summary>The portal's UUID namespace. Never change it: every feed and entry id derives from it.</summary>
    private static readonly Guid IdNamespace = new("fd067a35-febf-41cd-ba6a-6ed00049df42");

    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    public static string FeedId => Urn("feed");

    public static string EntryId(string updateId) => Urn("update/" + updateId);

    /// <param name="updates">Newest first, as the model orders them; at least one (validation requires it).</param>
    public static byte[] Write(FeedHeader header, IReadOnlyList<Update> updates)
    {
        string Link(string url) => UrlPath.Absolute(header.BaseUrl, url) ?? url;

        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, XmlFiles.Settings))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("feed", AtomNamespace);
            writer.WriteAttributeString("xml", "lang", null, header.Language);
            writer.WriteElementString("id", AtomNamespace, FeedId);
            writer.WriteElementString("title", AtomNamespace, header.Title);
            writer.WriteElementString("subtitle", AtomNamespace, header.Subtitle);
            writer.WriteElementString("updated", AtomNamespace, Timestamp(updates.Max(u => u.Date)));
            writer.WriteStartElement("author", AtomNamespace);
            writer.WriteElementString("name", AtomNamespace, header.AuthorName);
            if (header.AuthorUrl.Length > 0)
            {
                writer.WriteElementString("uri", AtomNamespace, header.AuthorUrl);
            }

            writer.WriteEndElement();
            WriteLink(writer, "self", Link(UpdateRoutes.Feed), MediaType);
            WriteLink(writer, "alternate", Link(UpdateRoutes.Updates), "text/html");

            foreach (var update in updates)
            {
                writer.WriteStartElement("entry", AtomNamespace);
                writer.WriteElementString("id", AtomNamespace, EntryId(update.Id));
                writer.WriteElementString("title", AtomNamespace, update.Title);
                writer.WriteElementString("updated", AtomNamespace, Timestamp(update.Date));
                WriteLink(writer, "alternate", Link(update.Url), null);
                foreach (var other in update.OtherUrls)
                {
                    WriteLink(writer, "related", Link(other), null);
                }

                writer.WriteElementString("summary", AtomNamespace, update.Summary);
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            writer.WriteEndDocument();
        }

        return stream.ToArray();
    }

    private static void WriteLink(XmlWriter writer, string rel, string href, string? type)
    {
        writer.WriteStartElement("link", AtomNamespace);
        writer.WriteAttributeString("rel", rel);
        if (type is not null)
        {
            writer.WriteAttributeString("type", type);
        }

        writer.WriteAttributeString("href", href);
        writer.WriteEndElement();
    }

    private static string Timestamp(DateOnly date) =>
        new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), VietnamOffset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static string Urn(string name) => "urn:uuid:" + NameBasedUuid.V5(IdNamespace, name).ToString("D");
}
