using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Kernel.Files;

namespace HaiPhongUrban.Portal.Sections.Documents.Wording;

/// <summary>Reads the official wording and structure of a full text (the Conclusion's <c>ket-luan/ket-luan.yml</c>, a document's <c>van-ban/&lt;slug&gt;/toan-van.yml</c>).</summary>
public static class LoadFullText
{
    public static RawFullText? Load(string path, string shownName, DiagnosticBag diagnostics)
    {
        var root = YamlMap.From(ReadYamlFile.Read(path, diagnostics, officialText: true), path, diagnostics, shownName);
        if (root is null)
        {
            return null;
        }

        root.AllowOnly("title", "facts", "opening", "sections", "recipients", "signature");

        var facts = root.Map("facts", required: true);
        facts?.AllowOnly("issuer", "meeting_date", "signer");

        var opening = root.Map("opening", required: true);
        var recipients = root.Map("recipients", required: true);
        recipients?.AllowOnly("id", "heading", "items");
        var signature = root.Map("signature", required: true);
        signature?.AllowOnly("id", "name");

        return new RawFullText(
            path,
            root.Texts("title", required: true).Select(t => t.Value).ToList(),
            new RawFacts(
                facts?.Text("issuer", required: true) ?? string.Empty,
                facts?.Date("meeting_date", required: true),
                facts?.Text("signer", required: true) ?? string.Empty),
            opening is null ? Missing(root) : Paragraph(opening),
            root.Maps("sections", required: true).Select(Section).ToList(),
            new RawRecipients(
                recipients?.Text("id", required: true) ?? string.Empty,
                recipients?.Text("heading", required: true) ?? string.Empty,
                recipients?.Maps("items", required: true).Select(Paragraph).ToList() ?? [],
                recipients?.ValueLocationOf("id") ?? root.Location),
            signature is null
                ? Missing(root)
                : new RawParagraph(
                    signature.Text("id", required: true) ?? string.Empty,
                    signature.Text("name", required: true) ?? string.Empty,
                    signature.ValueLocationOf("id"),
                    signature.ValueLocationOf("name")));
    }

    private static RawSection Section(YamlMap map)
    {
        map.AllowOnly("id", "number", "heading", "kind", "numbering", "intro", "items", "sections");
        return new RawSection(
            map.Text("id", required: true) ?? string.Empty,
            map.Text("number", required: true) ?? string.Empty,
            map.Text("heading", required: true) ?? string.Empty,
            Optional(map, "kind"),
            Optional(map, "numbering"),
            map.Maps("intro", required: false).Select(Paragraph).ToList(),
            map.Maps("items", required: false).Select(Paragraph).ToList(),
            map.Maps("sections", required: false).Select(Section).ToList(),
            map.ValueLocationOf("id"));
    }

    private static RawParagraph Paragraph(YamlMap map)
    {
        map.AllowOnly("id", "text");
        return new RawParagraph(
            map.Text("id", required: true) ?? string.Empty,
            map.Text("text", required: true) ?? string.Empty,
            map.ValueLocationOf("id"),
            map.ValueLocationOf("text"));
    }

    private static Located<string>? Optional(YamlMap map, string key) =>
        map.Text(key, required: false) is { } value ? new Located<string>(value, map.ValueLocationOf(key)) : null;

    private static RawParagraph Missing(YamlMap root) => new(string.Empty, string.Empty, root.Location, root.Location);
}
