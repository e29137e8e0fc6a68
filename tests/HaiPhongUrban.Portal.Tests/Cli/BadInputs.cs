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
        new("plan-unknown-type", "Plan: an unknown type", 1, "content/quy-hoach/phan-khu-hong/plan.yml:3:7: error: 'phan-khu' is not a valid value for 'type'"),
        new("plan-without-decision", "Plan: approved, without its decision", 1, "content/quy-hoach/phan-khu-hong/plan.yml:4:9: error: A plan whose status is 'approved' must have its approval decision"),
        new("plan-unknown-parent", "Plan: a parent that is no plan", 1, "content/quy-hoach/phan-khu-hong/plan.yml:10:9: error: There is no plan 'quy-hoach-chung-khong-co' (field 'parent')"),
        new("plan-parent-cycle", "Plan: two plans each other's parent", 1, "content/quy-hoach/dieu-chinh-quy-hoach-chung-2040/plan.yml:26:9: error: The plans form a circle through 'parent'"),
        new("plan-published-before-approved", "Plan: published before it was approved", 1, "content/quy-hoach/phan-khu-hong/plan.yml:13:31: error: The plan is recorded as published on 2023-03-01, before its approval on 2023-03-30"),
        new("plan-decision-date", "Plan: a decision date that is not its event's", 1, "content/quy-hoach/phan-khu-hong/plan.yml:8:9: error: The decision date approval.date (2023-03-31) differs from the date of the 'approved' event"),
        new("plan-bad-sha256", "Plan: a malformed SHA-256", 1, "content/quy-hoach/phan-khu-hong/plan.yml:16:83: error: '330232B1' is not a SHA-256"),
        new("plan-boundary-missing", "Plan: a boundary file that is not there", 1, "content/quy-hoach/phan-khu-hong/plan.yml:11:19: error: There is no boundary file 'ranh-gioi-khac.geojson' beside plan.yml"),
        new("plan-boundary-not-geojson", "Plan boundary: not GeoJSON (KML)", 1, "content/quy-hoach/phan-khu-hong/ranh-gioi.geojson:1:1: error: The boundary file is not valid JSON"),
        new("plan-boundary-not-polygon", "Plan boundary: a line, not an area", 1, "content/quy-hoach/phan-khu-hong/ranh-gioi.geojson:1:11: error: A boundary must be an area (Polygon or MultiPolygon); this is LineString"),
        new("plan-boundary-open-ring", "Plan boundary: a ring that is not closed", 1, "content/quy-hoach/phan-khu-hong/ranh-gioi.geojson:1:120: error: The boundary ring is not closed"),
        new("plan-boundary-self-intersecting", "Plan boundary: edges that cross", 1, "content/quy-hoach/phan-khu-hong/ranh-gioi.geojson:1:39: error: The boundary crosses itself at (593463.965, 2306559.777) EPSG:9210"),
        new("plan-boundary-degrees-as-vn2000", "Plan boundary: degrees declared as VN-2000", 1, "content/quy-hoach/phan-khu-hong/ranh-gioi.geojson:1:39: error: The coordinate (106.647, 20.847) looks like degrees of longitude and latitude (WGS84), but the boundary is declared in EPSG:9210"),
        new("unsafe-url-csv", "javascript: as a tracker row's source URL (a CSV column with format: uri)", 1, $"{Tracker}:2:", UnsafeTrackerUrl),
        new("unsafe-url-yaml", "javascript: as a dataset's source url: in dataset.yml", 1, "content/datasets/moc-thoi-gian/dataset.yml:", UnsafeSourceUrl),
        new("noncharacter-yaml", "U+FFFE (a Unicode noncharacter) in YAML", 1, "content/chu-de.yml:5:", NoncharacterYaml),
        new("noncharacter-csv", "U+FFFF in a CSV cell (once an XLSX Excel calls damaged)", 1, $"{Tracker}:3:", NoncharacterCsv),
        new("noncharacter-markdown", "U+FFFE in a Markdown page", 1, "content/pages/gioi-thieu.md:", NoncharacterMarkdown),
        new("noncharacter-entity-markdown", "U+FFFE written as the character reference &#xFFFE; in a Markdown page", 1, "content/pages/gioi-thieu.md:", NoncharacterEntity),
        new("noncharacter-yaml-escape", "U+FFFE written as the escape \\uFFFE in double-quoted YAML", 1, "content/chu-de.yml:", NoncharacterEscape),
        new("fifo-page", "A named pipe (FIFO) where a page should be", 1, "content/pages/trang-moi.md:1:1: error: 'trang-moi.md' is not an ordinary file", FifoPage),
        new("case-twin-pages", "Two pages whose names differ only in case (trang-moi.md, trang-moi.MD)", 1, "content/pages/trang-moi.md:1:1: error: The name 'trang-moi.md' differs from 'trang-moi.MD' only in upper/lower case", CaseTwinPages),
        new("keyword-no-letter", "A dataset keyword with no letter (\"???\")", 1, "content/datasets/moc-thoi-gian/dataset.yml:8:", KeywordWithoutLetters),
        new("redirect-proxy", "A 200 rule in _redirects to another site (Netlify proxies it)", 0, "content/_redirects:", ProxyRedirect),
        new("yaml-tab", "A tab indenting line 11 of a dataset.yml", 1, $"{TrackerYaml}:11:1: error: This line is indented with a tab.", TabInYaml),
        new("csv-semicolons", "CSV saved with semicolons (Excel in a Vietnamese locale)", 1, $"{Tracker}:1:1: error: The file separates its columns with semicolons (;)", SemicolonCsv),
        new("csv-header-typo", "A typo in the CSV header ('statsu')", 1, $"{Tracker}:1:20: error: The header must be exactly the columns declared in dataset.yml", CsvHeaderTypo),
        new("field-name-typo", "A typo in a field's name: in dataset.yml (the tracker's 'status' as 'statsu')", 1, $"{TrackerYaml}:40:17: error: The column 'statsu' is declared here, but the CSV file's header calls the column in this place 'status'", FieldNameTypo),
        new("foreign-key-typo", "A foreign key naming a misspelled column in dataset.yml", 1, $"{TrackerYaml}:72:18: error: There is no column 'task_gruop_id' in this resource's 'fields'; did you mean 'task_group_id'?", ForeignKeyTypo),
        new("required-date-invalid", "A required date written day/month/year in dataset.yml", 1, $"{TrackerYaml}:11:9: error: The date '25/11/2026' is not valid. Write a real date as year-month-day", RequiredDateInvalid),
    ];

    private const string TrackerYaml = "content/datasets/theo-doi-thuc-hien/dataset.yml";

    private static void TabInYaml(Workspace workspace) =>
        workspace.Edit(TrackerYaml, "\nissued: 2026-11-25\n", "\n\tissued: 2026-11-25\n");

    private static void SemicolonCsv(Workspace workspace) =>
        File.WriteAllText(workspace.ContentFile("datasets/theo-doi-thuc-hien/cap-nhat.csv"), File.ReadAllText(workspace.ContentFile("datasets/theo-doi-thuc-hien/cap-nhat.csv")).Replace(',', ';'));

    private static void CsvHeaderTypo(Workspace workspace) =>
        workspace.Edit(Tracker, "task_group_id,date,status,", "task_group_id,date,statsu,");

    private static void FieldNameTypo(Workspace workspace) =>
        workspace.Edit(TrackerYaml, "- name: status\n", "- name: statsu\n");

    private static void ForeignKeyTypo(Workspace workspace) =>
        workspace.Edit(TrackerYaml, "- field: task_group_id", "- field: task_gruop_id");

    private static void RequiredDateInvalid(Workspace workspace) =>
        workspace.Edit(TrackerYaml, "\nissued: 2026-11-25\n", "\nissued: 25/11/2026\n");

    public static TheoryData<string> Ids => [.. All.Select(c => c.Id)];

    public static BadInput Named(string id) => All.Single(c => c.Id == id);

    private static void UnsafeTrackerUrl(Workspace workspace) =>
        workspace.Edit(Tracker, "(ghi nhận khi công bố cổng),,", "(ghi nhận khi công bố cổng),javascript:alert(document.domain),");

    private static void UnsafeSourceUrl(Workspace workspace) =>
        workspace.Edit("content/datasets/moc-thoi-gian/dataset.yml", "  url: /ket-luan/", "  url: \" JavaScript:alert(document.domain)\"");

    private static void NoncharacterYaml(Workspace workspace) =>
        File.WriteAllText(workspace.ContentFile("chu-de.yml"), string.Join('\n', File.ReadAllLines(workspace.ContentFile("chu-de.yml")).Select((l, i) => i == 4 ? l + "\uFFFE" : l)) + "\n");

    private static void NoncharacterCsv(Workspace workspace)
    {
        var lines = File.ReadAllLines(workspace.ContentFile("datasets/theo-doi-thuc-hien/cap-nhat.csv"));
        lines[2] = lines[2].Replace("Đến ngày", "Đến\uFFFF ngày", StringComparison.Ordinal);
        File.WriteAllText(workspace.ContentFile("datasets/theo-doi-thuc-hien/cap-nhat.csv"), string.Join('\n', lines) + "\n");
    }

    private static void NoncharacterMarkdown(Workspace workspace) =>
        File.AppendAllText(workspace.ContentFile("pages/gioi-thieu.md"), "\nMột đoạn dán từ chương trình khác\uFFFE.\n");

    private static void NoncharacterEntity(Workspace workspace) =>
        File.AppendAllText(workspace.ContentFile("pages/gioi-thieu.md"), "\nMột ký tự &#xFFFE; dán vào.\n");

    private static void NoncharacterEscape(Workspace workspace) =>
        File.AppendAllText(workspace.ContentFile("chu-de.yml"), "- id: thu\n  name: \"x\\uFFFE\"\n");

    private static void FifoPage(Workspace workspace)
    {
        using var mkfifo = System.Diagnostics.Process.Start("mkfifo", [workspace.ContentFile("pages/trang-moi.md")]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    private static void CaseTwinPages(Workspace workspace)
    {
        File.WriteAllText(workspace.ContentFile("pages/trang-moi.MD"), "---\ntitle: Trang mới\n---\nMột.\n");
        File.WriteAllText(workspace.ContentFile("pages/trang-moi.md"), "---\ntitle: Trang mới\n---\nHai.\n");
    }

    private static void KeywordWithoutLetters(Workspace workspace) =>
        workspace.Edit("content/datasets/moc-thoi-gian/dataset.yml", "keywords: [mốc thời gian,", "keywords: [\"???\", mốc thời gian,");

    private static void ProxyRedirect(Workspace workspace) =>
        File.AppendAllText(workspace.ContentFile("_redirects"), "/bao-cao/   https://example.org/bao-cao.html   200\n");

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
