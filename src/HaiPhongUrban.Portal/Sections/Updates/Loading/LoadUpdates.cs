using HaiPhongUrban.Portal.Kernel.Files;
using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Sections.Updates.Content;
using YamlDotNet.RepresentationModel;

namespace HaiPhongUrban.Portal.Sections.Updates.Loading;

/// <summary>
/// Reads the update history staff keep (<c>cap-nhat.yml</c>): a list of dated entries, each naming the
/// address of what changed. Whether those addresses exist is only known once the site is rendered, so
/// the link check tests them (the updates page links each one).
/// </summary>
public static class LoadUpdates
{
    public static IReadOnlyList<RawUpdate> Load(string path, DiagnosticBag diagnostics)
    {
        var root = ReadYamlFile.Read(path, diagnostics);

        // An empty list would leave pages without a "last updated" date and the feed without an
        // 'updated': the first publication is always there to be recorded.
        if (root is YamlSequenceNode { Children.Count: 0 })
        {
            diagnostics.Error(ParseYaml.LocationOf(path, root), Messages.UpdatesEmpty);
        }

        return YamlMap.ListFrom(root, path, diagnostics, "cap-nhat.yml")
            .Select(map =>
            {
                map.AllowOnly("id", "date", "title", "summary", "url", "other_urls");
                return new RawUpdate(
                    map.LocatedText("id", required: true),
                    map.LocatedDate("date", required: true),
                    map.LocatedText("title", required: true),
                    map.LocatedText("summary", required: true),
                    map.LocatedText("url", required: true),
                    map.Texts("other_urls"),
                    map.Location);
            })
            .ToList();
    }
}
