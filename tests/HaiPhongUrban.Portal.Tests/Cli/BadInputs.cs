using HaiPhongUrban.Portal.Tests.Support;
using System.Text;

namespace HaiPhongUrban.Portal.Tests.Cli;

/// <summary>
/// Every kind of bad input the issue lists (malformed YAML, wrong types, duplicate ids, unknown
/// references, ragged and unclosed-quote CSV, empty files, random bytes, UTF-16, Windows-1258,
/// decomposed Unicode, very large files, deep nesting, links and paths out of content/) with the
/// message each must give. <see cref="BadInputTests"/> runs them; the table in
/// tools/hostile-input-table.md is what those runs printed.
/// </summary>
public static class BadInputs
{
    private const string Tracker = "content/datasets/theo-doi-thuc-hien/cap-nhat.csv";

    public static readonly IReadOnlyList<BadInput> All =
    [
        new("malformed-yaml", "Malformed YAML (a line indented one space too far)", 1, "content/van-ban.yml:9:10: error: There is a colon and space (': ') here that YAML reads as the start of a new field"),
        new("wrong-type", "Wrong type (a list where text is expected)", 1, "content/site.yml:3:8: error: The field 'title' must be a piece of text"),
        new("missing-field", "Required field missing", 1, "content/ket-luan/dinh-chinh.yml:9:5: error: The required field 'corrected' is missing"),
        new("duplicate-id", "Duplicate id", 1, "content/chu-de.yml:20:7: error: The id 'quy-hoach' is used twice"),
        new("unknown-id", "Unknown reference (paragraph id)", 1, "content/ket-luan/bien-tap.yml:31:7: error: There is no paragraph with the id 'han-che-9'"),
        new("unknown-foreign-key", "Unknown reference (CSV foreign key)", 1, $"{Tracker}:3:1: error: The column 'task_group_id' has the value 'nhiem-vu-9', but no row of the resource 'nhiem-vu' has it"),
        new("bad-trace-links", "Unknown or wrong-kind ids and misquoted words in the task-limitation links", 1, "content/ket-luan/lien-ket.yml:6:9: error: 'nhiem-vu-9' is not a task group."),
        new("ragged-csv", "Ragged CSV rows (a cell too many, cells missing)", 1, $"{Tracker}:3:1: error: This row has 7 cells but the table has 6 columns"),
        new("unclosed-quote-csv", "CSV cell with an unclosed quote", 1, $"{Tracker}:3:1: error: A cell opens a double quote on this line that is never closed"),
        new("huge-csv-row", "CSV unclosed quote at the top of a 3 MB file", 1, $"{Tracker}:2:1: error: A row starting here is longer than 1 MB", HugeCsvRow),
        new("control-character-csv", "NUL byte in a CSV cell", 1, $"{Tracker}:4:91: error: The file has the control character U+0000 here"),
        new("empty-file", "Empty file", 1, "content/chu-de.yml:1:1: error: The file is empty"),
        new("random-bytes", "Random bytes", 1, "content/van-ban.yml:1:1: error: The file is not valid UTF-8"),
        new("utf16", "UTF-16 (with BOM)", 1, "content/pages/gioi-thieu.md:1:1: error: The file is saved as UTF-16. Save it again as UTF-8."),
        new("windows-1258", "Windows-1258 (legacy Vietnamese code page)", 1, "content/ket-luan/bien-tap.yml:1:10: error: The file is not valid UTF-8 (first bad byte here"),
        new("control-character", "NUL byte in YAML", 1, "content/chu-de.yml:5:18: error: The file has the control character U+0000 here"),
        new("decomposed-unicode", "Decomposed Unicode (NFD) in a page", 0, "content/pages/gioi-thieu.md:15:6: warning: The text from this line on (1 line(s)) is in decomposed Unicode"),
        new("decomposed-official-text", "Decomposed Unicode (NFD) in the official wording", 1, "content/ket-luan/ket-luan.yml:27:7: error: The official text on this line (1 line(s)) is in decomposed Unicode (NFD)"),
        new("too-large", "Very large YAML file (5 MB)", 1, "content/site.yml:1:1: error: The file is 5 MB, over the 4 MB limit for YAML files", TooLarge),
        new("deep-brackets", "100,000 nested '['", 1, "content/chu-de.yml:2:71: error: The YAML is nested more than 64 levels deep here", DeepBrackets),
        new("deep-dashes", "100,000 nested '- '", 1, "content/van-ban.yml:1:129: error: The YAML is nested more than 64 levels deep here", DeepDashes),
        new("yaml-alias", "YAML anchor and alias", 1, "content/chu-de.yml:4:7: error: Content does not use YAML anchors or aliases ('&a')"),
        new("yaml-tag", "YAML tag", 1, "content/site.yml:3:8: error: Content does not use YAML tags ('!quan-trong')"),
        new("yaml-second-document", "Second YAML document after '---'", 1, "content/chu-de.yml:20:1: error: The '---' here starts a second YAML document"),
        new("yaml-line-separator", "U+2028 inside '[ ]' (YamlDotNet throws)", 1, "content/ket-luan/bien-tap.yml:12:11: error: The YAML reader could not read past this place"),
        new("path-outside", "Dataset path: ../../../../../../etc/passwd", 1, "content/datasets/theo-doi-thuc-hien/dataset.yml:26:11: error: The path '../../../../../../etc/passwd' points outside"),
        new("link-outside-csv", "CSV that is a symbolic link to /etc/passwd", 1, $"{Tracker}:1:1: error: 'cap-nhat.csv' is a symbolic link to '/etc/passwd'", LinkCsvOutside),
        new("link-outside-theme", "Theme asset that is a symbolic link to /etc/passwd", 1, "theme/assets/passwd.css:1:1: error: 'passwd.css' is a symbolic link to '/etc/passwd'", LinkAssetOutside),
        new("unsafe-link", "Markdown link to javascript:", 1, "content/pages/lien-he.md:7:5: error: The link 'javascript:alert(1)'"),
        new("deep-quotes-markdown", "Markdown with 100,000 nested '>'", 1, "content/pages/gioi-thieu.md:6:1: error: The Markdown page is nested too deeply to read", DeepQuotes),
        new("deep-emphasis-markdown", "Markdown with 100,000 '*' around a word (parses, then fails to render)", 1, "content/pages/gioi-thieu.md:6:1: error: The Markdown page is nested too deeply to read", DeepEmphasis),
    ];

    public static TheoryData<string> Ids => [.. All.Select(c => c.Id)];

    public static BadInput Named(string id) => All.Single(c => c.Id == id);

    private static void HugeCsvRow(Workspace workspace)
    {
        var header = File.ReadLines(workspace.ContentFile("datasets/theo-doi-thuc-hien/cap-nhat.csv")).First();
        File.WriteAllText(workspace.ContentFile("datasets/theo-doi-thuc-hien/cap-nhat.csv"),
            header + "\nnhiem-vu-1,2026-11-25,\"chua-co-bao-cao," + string.Concat(Enumerable.Repeat("một dòng rất dài, ", 200_000)) + "\n");
    }

    private static void TooLarge(Workspace workspace) =>
        File.AppendAllText(workspace.ContentFile("site.yml"), "# " + new string('x', 5 << 20) + "\n");

    private static void DeepBrackets(Workspace workspace) =>
        File.WriteAllText(workspace.ContentFile("chu-de.yml"), "- id: x\n  name: " + new string('[', 100_000) + "\n");

    private static void DeepDashes(Workspace workspace) =>
        File.WriteAllText(workspace.ContentFile("van-ban.yml"), string.Concat(Enumerable.Repeat("- ", 100_000)) + "x\n", Encoding.UTF8);

    private static void DeepQuotes(Workspace workspace) =>
        File.AppendAllText(workspace.ContentFile("pages/gioi-thieu.md"), "\n" + new string('>', 100_000) + " x\n");

    private static void DeepEmphasis(Workspace workspace) =>
        File.AppendAllText(workspace.ContentFile("pages/gioi-thieu.md"), "\n" + new string('*', 100_000) + "a" + new string('*', 100_000) + "\n");

    private static void LinkCsvOutside(Workspace workspace)
    {
        var csv = workspace.ContentFile("datasets/theo-doi-thuc-hien/cap-nhat.csv");
        File.Delete(csv);
        File.CreateSymbolicLink(csv, "/etc/passwd");
    }

    private static void LinkAssetOutside(Workspace workspace) =>
        File.CreateSymbolicLink(Path.Combine(workspace.Theme, "assets", "passwd.css"), "/etc/passwd");
}
