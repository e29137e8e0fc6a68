using HaiPhongUrban.Portal.Kernel.Files;
using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Sections.Topics.Content;

namespace HaiPhongUrban.Portal.Sections.Topics.Loading;

/// <summary>Reads the theme vocabulary (<c>chu-de.yml</c>): the ids an item or a dataset may be filed under.</summary>
public static class LoadTopics
{
    public static IReadOnlyList<RawTopic> Load(string path, DiagnosticBag diagnostics) =>
        YamlMap.ListFrom(ReadYamlFile.Read(path, diagnostics), path, diagnostics, "chu-de.yml")
            .Select(map =>
            {
                map.AllowOnly("id", "name");
                return new RawTopic(
                    new Located<string>(map.Text("id", required: true) ?? string.Empty, map.ValueLocationOf("id")),
                    map.Text("name", required: true) ?? string.Empty);
            })
            .ToList();
}
