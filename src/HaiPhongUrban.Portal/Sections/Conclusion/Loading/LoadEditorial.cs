using HaiPhongUrban.Portal.Kernel.Files;
using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Sections.Conclusion.Content;

namespace HaiPhongUrban.Portal.Sections.Conclusion.Loading;

/// <summary>Reads the editorial layer: per-paragraph metadata (<c>bien-tap.yml</c>).</summary>
public static class LoadEditorial
{
    public static IReadOnlyList<RawEditorialEntry> LoadEntries(string path, DiagnosticBag diagnostics) =>
        YamlMap.ListFrom(ReadYamlFile.Read(path, diagnostics), path, diagnostics, "bien-tap.yml")
            .Select(map =>
            {
                map.AllowOnly("id", "short_title", "themes", "cites");
                return new RawEditorialEntry(
                    new Located<string>(map.Text("id", required: true) ?? string.Empty, map.ValueLocationOf("id")),
                    map.Text("short_title", required: false) is { } title
                        ? new Located<string>(title, map.ValueLocationOf("short_title"))
                        : null,
                    map.Texts("themes"),
                    map.Texts("cites"));
            })
            .ToList();
}
