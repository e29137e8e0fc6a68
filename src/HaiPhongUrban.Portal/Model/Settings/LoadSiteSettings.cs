using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Kernel.Files;

namespace HaiPhongUrban.Portal.Model.Settings;

/// <summary>
/// Reads <c>site.yml</c>. Only the title and language are required; the rest may wait for staff. The
/// optional <c>translations:</c> block gives, per language, the values an interface in that language
/// shows; which of them an interface needs is ValidateSettings' decision.
/// </summary>
public static class LoadSiteSettings
{
    public static RawSiteSettings? Load(string path, DiagnosticBag diagnostics)
    {
        var root = YamlMap.From(ReadYamlFile.Read(path, diagnostics), path, diagnostics, "site.yml");
        if (root is null)
        {
            return null;
        }

        root.AllowOnly("title", "description", "language", "base_url", "publisher", "contact", "licenses", "translations");
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
            Translations = Translations(root.Map("translations", required: false)),
        };
    }

    private static IReadOnlyDictionary<string, RawSiteTranslation> Translations(YamlMap? block)
    {
        var translations = new SortedDictionary<string, RawSiteTranslation>(StringComparer.Ordinal);
        if (block is null)
        {
            return translations;
        }

        foreach (var language in block.Keys)
        {
            var map = block.Map(language, required: false);
            if (map is null)
            {
                continue;
            }

            // The same names as at the top of site.yml, so that staff copy a line and translate it.
            map.AllowOnly("title", "description", "publisher", "licenses");
            var publisher = map.Map("publisher", required: false);
            publisher?.AllowOnly("name");
            var licenses = map.Map("licenses", required: false);
            licenses?.AllowOnly("editorial", "official_text");
            var editorial = licenses?.Map("editorial", required: false);
            editorial?.AllowOnly("name", "url");

            var at = block.LocationOf(language);
            translations[language] = new RawSiteTranslation(
                language,
                at,
                map.Text("title", required: false) ?? string.Empty,
                map.Text("description", required: false) ?? string.Empty,
                publisher?.Text("name", required: false) ?? string.Empty,
                editorial?.Text("name", required: false) ?? string.Empty,
                editorial?.Text("url", required: false) ?? string.Empty,
                licenses?.Text("official_text", required: false) ?? string.Empty)
            {
                Locations = new Dictionary<string, SourceLocation>
                {
                    ["title"] = map.Has("title") ? map.LocationOf("title") : at,
                    ["description"] = map.Has("description") ? map.LocationOf("description") : at,
                    ["publisher.name"] = publisher?.Has("name") == true ? publisher.LocationOf("name") : map.Has("publisher") ? map.LocationOf("publisher") : at,
                    ["licenses.editorial.name"] = editorial?.Has("name") == true ? editorial.LocationOf("name") : map.Has("licenses") ? map.LocationOf("licenses") : at,
                    ["licenses.editorial.url"] = editorial?.Has("url") == true ? editorial.LocationOf("url") : map.Has("licenses") ? map.LocationOf("licenses") : at,
                    ["licenses.official_text"] = licenses?.Has("official_text") == true ? licenses.LocationOf("official_text") : map.Has("licenses") ? map.LocationOf("licenses") : at,
                },
            };
        }

        return translations;
    }
}
