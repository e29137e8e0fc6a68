using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Kernel.Files;
using HaiPhongUrban.Portal.Sections.Documents.Content;

namespace HaiPhongUrban.Portal.Sections.Documents.Loading;

/// <summary>Reads the registry of documents the Conclusion names (<c>van-ban.yml</c>).</summary>
public static class LoadDocuments
{
    public static IReadOnlyList<RawDocument> Load(string path, DiagnosticBag diagnostics) =>
        YamlMap.ListFrom(ReadYamlFile.Read(path, diagnostics), path, diagnostics, "van-ban.yml")
            .Select(map =>
            {
                map.AllowOnly("slug", "type", "number", "date", "issuer", "title", "relation", "note");

                // number, date, issuer and title must be present, even if empty: an empty value is a
                // statement ("the text does not say"), an absent one is a forgotten field.
                return new RawDocument(
                    Located(map, "slug"),
                    Located(map, "type"),
                    Present(map, "number"),
                    map.Has("date") ? map.Date("date", required: false) : MissingDate(map, diagnostics),
                    Present(map, "issuer"),
                    Present(map, "title"),
                    Located(map, "relation"),
                    map.Text("note", required: false) ?? string.Empty);
            })
            .ToList();

    private static Located<string> Located(YamlMap map, string key) =>
        new(map.Text(key, required: true) ?? string.Empty, map.ValueLocationOf(key));

    private static string Present(YamlMap map, string key)
    {
        if (!map.Has(key))
        {
            map.Text(key, required: true);
            return string.Empty;
        }

        return map.Text(key, required: false) ?? string.Empty;
    }

    private static DateOnly? MissingDate(YamlMap map, DiagnosticBag diagnostics)
    {
        diagnostics.Error(map.Location, Messages.FieldMissing, "date");
        return null;
    }
}
