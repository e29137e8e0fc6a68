using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Kernel.Files;
using HaiPhongUrban.Portal.Sections.Conclusion.Content;

namespace HaiPhongUrban.Portal.Sections.Conclusion.Loading;

/// <summary>Reads the editorial links between task groups and the limitations and results they answer or build on (<c>lien-ket.yml</c>).</summary>
public static class LoadTraceLinks
{
    public static IReadOnlyList<RawTraceLink> Load(string path, DiagnosticBag diagnostics) =>
        YamlMap.ListFrom(ReadYamlFile.Read(path, diagnostics), path, diagnostics, "lien-ket.yml")
            .Select(map =>
            {
                map.AllowOnly("task", "answers", "builds_on", "task_words", "target_words");
                return new RawTraceLink(
                    map.LocatedText("task", required: true),
                    Optional(map, "answers"),
                    Optional(map, "builds_on"),
                    map.LocatedText("task_words", required: true),
                    map.LocatedText("target_words", required: true),
                    map.Location);
            })
            .ToList();

    private static Located<string>? Optional(YamlMap map, string key) =>
        map.Text(key, required: false) is { } value ? new Located<string>(value, map.ValueLocationOf(key)) : null;
}
