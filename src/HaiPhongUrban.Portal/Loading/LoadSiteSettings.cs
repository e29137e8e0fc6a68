using HaiPhongUrban.Portal.Content;
using HaiPhongUrban.Portal.Diagnostics;

namespace HaiPhongUrban.Portal.Loading;

/// <summary>Reads <c>site.yml</c>. Only the title and language are required; the rest may wait for staff.</summary>
public static class LoadSiteSettings
{
    public static RawSiteSettings? Load(string path, DiagnosticBag diagnostics)
    {
        var root = YamlMap.From(ReadYamlFile.Read(path, diagnostics), path, diagnostics, "site.yml");
        if (root is null)
        {
            return null;
        }

        root.AllowOnly("title", "description", "language", "base_url", "publisher", "contact", "licenses");
        var publisher = root.Map("publisher", required: false);
        publisher?.AllowOnly("name", "url");
        var contact = root.Map("contact", required: false);
        contact?.AllowOnly("email", "url");
        var licenses = root.Map("licenses", required: true);
        licenses?.AllowOnly("editorial", "official_text");
        var editorial = licenses?.Map("editorial", required: false);
        editorial?.AllowOnly("name", "url");

        var locations = new Dictionary<string, SourceLocation>
        {
            ["base_url"] = root.LocationOf("base_url"),
            ["publisher.name"] = publisher?.LocationOf("name") ?? root.LocationOf("publisher"),
            ["publisher.url"] = publisher?.LocationOf("url") ?? root.LocationOf("publisher"),
            ["contact.email"] = contact?.LocationOf("email") ?? root.LocationOf("contact"),
            ["contact.url"] = contact?.LocationOf("url") ?? root.LocationOf("contact"),
            ["licenses.editorial.url"] = editorial?.LocationOf("url") ?? root.LocationOf("licenses"),
        };

        return new RawSiteSettings(
            path,
            root.Text("title", required: true) ?? string.Empty,
            root.Text("description", required: false) ?? string.Empty,
            root.Text("language", required: true) ?? "vi",
            root.ValueLocationOf("language"),
            root.Text("base_url", required: false) ?? string.Empty,
            publisher?.Text("name", required: false) ?? string.Empty,
            publisher?.Text("url", required: false) ?? string.Empty,
            contact?.Text("email", required: false) ?? string.Empty,
            contact?.Text("url", required: false) ?? string.Empty,
            editorial?.Text("name", required: false) ?? string.Empty,
            editorial?.Text("url", required: false) ?? string.Empty,
            licenses?.Text("official_text", required: true) ?? string.Empty)
        {
            Locations = locations,
        };
    }
}
