using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Kernel.Files;
using System.Globalization;

namespace HaiPhongUrban.Portal.Sections.Documents.Wording;

/// <summary>Reads <c>ket-luan/dinh-chinh.yml</c>: the corrections and page-break joins made to the transcription.</summary>
public static class LoadErrata
{
    public static (IReadOnlyList<RawCorrection> Corrections, IReadOnlyList<RawJoin> Joins) Load(string path, string shownName, DiagnosticBag diagnostics)
    {
        var root = YamlMap.From(ReadYamlFile.Read(path, diagnostics), path, diagnostics, shownName);
        if (root is null)
        {
            return ([], []);
        }

        root.AllowOnly("corrections", "page_break_joins");
        var corrections = root.Maps("corrections", required: true).Select(map =>
        {
            map.AllowOnly("id", "paragraph", "printed", "corrected", "occurrence", "reason");
            var occurrence = map.Text("occurrence", required: false);
            int? number = null;
            if (occurrence is not null)
            {
                if (int.TryParse(occurrence, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0)
                {
                    number = n;
                }
                else
                {
                    diagnostics.Error(map.ValueLocationOf("occurrence"), Messages.ValueNotAllowed, occurrence, "occurrence", "1, 2, 3…");
                }
            }

            return new RawCorrection(
                Located(map, "id"),
                Located(map, "paragraph"),
                map.Text("printed", required: true) ?? string.Empty,
                map.Text("corrected", required: true) ?? string.Empty,
                number,
                map.Text("reason", required: true) ?? string.Empty,
                map.Location);
        }).ToList();

        var joins = root.Maps("page_break_joins", required: false).Select(map =>
        {
            map.AllowOnly("paragraph", "before", "after");
            return new RawJoin(
                Located(map, "paragraph"),
                map.Text("before", required: true) ?? string.Empty,
                map.Text("after", required: true) ?? string.Empty,
                map.Location);
        }).ToList();

        return (corrections, joins);
    }

    private static Located<string> Located(YamlMap map, string key) =>
        new(map.Text(key, required: true) ?? string.Empty, map.ValueLocationOf(key));
}
