using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Kernel.Files;
using HaiPhongUrban.Portal.Sections.Planning.Content;

namespace HaiPhongUrban.Portal.Sections.Planning.Loading;

/// <summary>
/// Reads the duties to publish (<c>content/quy-hoach/thoi-han-cong-bo.yml</c>): the law is data, so staff
/// correct a term or add a new law without a release of the portal. The file is optional: without it, every
/// plan page says that no duty is recorded for its type.
/// </summary>
public static class LoadDuties
{
    public const string File = "thoi-han-cong-bo.yml";

    public static RawDuties Load(string folder, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(folder, File);
        if (!System.IO.File.Exists(path))
        {
            return new RawDuties(path, []);
        }

        var duties = YamlMap.ListFrom(ReadYamlFile.Read(path, diagnostics), path, diagnostics, File)
            .Select(map =>
            {
                map.AllowOnly("types", "from", "until", "days", "basis", "note", "sources");
                return new RawDuty(
                    map.Texts("types", required: true),
                    map.LocatedDate("from", required: false),
                    map.LocatedDate("until", required: false),
                    LoadPlans.Number<int>(map, "days", diagnostics, int.TryParse, "15"),
                    map.Text("basis", required: true) ?? string.Empty,
                    map.Text("note", required: false) ?? string.Empty,
                    LoadPlans.Sources(map),
                    map.Location);
            })
            .ToList();
        return new RawDuties(path, duties);
    }
}
