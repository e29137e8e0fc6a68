using HaiPhongUrban.Portal.Building;
using HaiPhongUrban.Portal.Kernel.Caching;
using HaiPhongUrban.Portal.Kernel.Output;
using HaiPhongUrban.Portal.Tests.Publishing.Downloads;
using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Sections.Datasets.Loading;
using HaiPhongUrban.Portal.Sections.Datasets.Model;
using HaiPhongUrban.Portal.Sections.Datasets.Validation;
using HaiPhongUrban.Portal.Tests.Support;
using System.Text;
using System.Text.Json;

namespace HaiPhongUrban.Portal.Tests.Sections.Datasets;

/// <summary>
/// A CSV file of <see cref="CheckCsvFile.SharedReadFromBytes"/> or more is checked in the read that publishes it.
/// Whatever that read meets, the build says what the validate stage would have said of the file, and writes
/// nothing when the file is wrong; when another file stops the build before publishing, the large file's
/// problems are reported in the same run.
/// </summary>
public sealed class LargeCsvOneReadTests
{
    private const string Folder = "datasets/thua-dat-thu";

    private const string Csv = Folder + "/thua-dat.csv";

    // A table of every kind of column; no section reads it into its model, so its checks wait for publishing.
    private const string DatasetYml = """
        # A test fixture, not data.
        title: Thửa đất thử nghiệm
        description: Dòng tổng hợp cho phép thử, không phải dữ liệu thật.
        keywords: [phép thử]
        themes: [quy-hoach]
        issued: 2026-01-01
        modified: 2026-01-01
        update_frequency: never
        changes:
          - { date: 2026-01-01, note: Tổng hợp. }
        resources:
          - name: thua-dat
            title: Thửa đất
            path: thua-dat.csv
            schema:
              primary_key: id
              fields:
                - { name: id, title: Mã, type: integer, description: Số thứ tự., required: true, unique: true }
                - { name: label, title: Tên, type: string, description: "Chữ có dấu phẩy." }
                - { name: zone, title: Phân khu, type: string, description: Loại đất., enum: [dat-o, cay-xanh] }
                - { name: change, title: Thay đổi, type: number, description: Một số có dấu. }
                - { name: surveyed, title: Ngày đo, type: date, description: Một ngày. }
                - { name: public, title: Công khai, type: boolean, description: Đúng hay sai. }
        """;

    /// <summary>A valid table just past the threshold, and its number of rows.</summary>
    private static (string Path, int Rows) LargeTable(Workspace workspace)
    {
        var path = workspace.ContentFile(Csv);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(workspace.ContentFile(Folder + "/dataset.yml"), DatasetYml);
        var text = new StringBuilder("id,label,zone,change,surveyed,public\r\n");
        var start = new DateOnly(2000, 1, 1);
        var rows = 0;
        while (text.Length < CheckCsvFile.SharedReadFromBytes + 50_000)
        {
            rows++;
            text.Append($"{rows},\"Thửa {rows}, phường Lê Chân\",{(rows % 2 == 0 ? "dat-o" : "cay-xanh")},{(rows % 201) - 100}.5,{start.AddDays(rows % 9000):yyyy-MM-dd},{(rows % 3 == 0 ? "false" : "true")}\r\n");
        }

        File.WriteAllText(path, text.ToString());
        return (path, rows);
    }

    [Fact]
    public void A_large_valid_table_is_published_whole()
    {
        using var workspace = Workspace.Create();
        var (path, rows) = LargeTable(workspace);

        var result = Runs.Build(workspace);

        Assert.True(result.Succeeded, string.Join('\n', Runs.Errors(result, workspace.Root)));
        var folder = Path.Combine(workspace.Output, "du-lieu", "thua-dat-thu");
        Assert.Equal(File.ReadAllText(path), File.ReadAllText(Path.Combine(folder, "thua-dat.csv")));
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "thua-dat.json")));
        Assert.Equal(rows, json.RootElement.GetArrayLength());
        Assert.Contains("thua-dat.xlsx", File.ReadAllText(Path.Combine(folder, "SHA256SUMS")), StringComparison.Ordinal);
    }

    /// <summary>Rows that break each kind of check, appended after the valid ones.</summary>
    public static TheoryData<string, string> BrokenRows() => new()
    {
        { "999991,x,dat-o,1.5,11/11/2023,true", "The column 'surveyed' has the value '11/11/2023', but it needs a real date" },
        { "999992,x,xong,1.5,2023-11-11,true", "The column 'zone' has the value 'xong', which is not one of the allowed values" },
        { "999993,x,dat-o", "This row has 3 cells but the table has 6 columns" },
        { "7,x,dat-o,1.5,2023-11-11,true", "The column 'id' has the value '7', already at line 8" },
        { "999994,x,dat-o,1.,2023-11-11,true", "The column 'change' has the value '1.'" },
        { "999995,x,dat-o,1.5,2023-11-11,có", "The column 'public' has the value 'có'" },
        { "999996,\"Thửa \"x\" y\",dat-o,1.5,2023-11-11,true", "quote" },
        { ",x,dat-o,1.5,2023-11-11,true", "'id'" },
    };

    [Theory]
    [MemberData(nameof(BrokenRows))]
    public void A_large_table_with_a_bad_row_says_what_the_validate_stage_says_of_it_and_writes_nothing(string row, string message)
    {
        using var workspace = Workspace.Create();
        var (path, _) = LargeTable(workspace);
        File.AppendAllText(path, row + "\r\n");
        var line = File.ReadAllLines(path).Length;

        var result = Runs.Build(workspace);

        Assert.False(result.Succeeded);
        Assert.False(Directory.Exists(workspace.Output));
        var errors = Runs.Errors(result, workspace.Root);
        Assert.Contains(errors, e => e.StartsWith($"content/{Csv}:{line}:", StringComparison.Ordinal) && e.Contains(message, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(CheckedAlone(workspace, path), OfFile(result, path));
    }

    [Theory]
    [InlineData("")]
    [InlineData("999992,x,xong,1.5,2023-11-11,true\r\n")]
    [InlineData("999993,x,dat-o\r\n")]
    public void Validate_says_of_a_large_table_what_build_says(string appended)
    {
        using var workspace = Workspace.Create();
        var (path, _) = LargeTable(workspace);
        File.AppendAllText(path, appended);

        var validated = Runs.Build(workspace, write: false);
        var built = Runs.Build(workspace);

        Assert.Equal(appended.Length == 0, validated.Succeeded);
        Assert.Equal(validated.Succeeded, built.Succeeded);
        Assert.Equal(Runs.Errors(built, workspace.Root), Runs.Errors(validated, workspace.Root));
        Assert.Equal(built.PageCount, validated.PageCount);
    }

    [Fact]
    public void A_large_table_with_a_misspelt_column_gets_the_messages_a_small_one_gets_and_writes_nothing()
    {
        IReadOnlyList<string> MessagesFor(bool large)
        {
            using var workspace = Workspace.Create();
            var (path, _) = LargeTable(workspace);
            var text = File.ReadAllText(path);
            var kept = large ? text : string.Join("\r\n", text.Split("\r\n").Take(20)) + "\r\n";
            File.WriteAllText(path, "id,label,zone,chnage" + kept["id,label,zone,change".Length..]);

            var result = Runs.Build(workspace);

            Assert.False(result.Succeeded);
            Assert.False(Directory.Exists(workspace.Output));
            return Runs.Errors(result, workspace.Root);
        }

        var large = MessagesFor(large: true);

        Assert.NotEmpty(large);
        Assert.Equal(MessagesFor(large: false), large);
    }

    [Fact]
    public void A_large_table_that_is_not_UTF_8_is_reported_at_its_bad_byte_and_nothing_is_written()
    {
        using var workspace = Workspace.Create();
        var (path, _) = LargeTable(workspace);
        File.AppendAllBytes(path, [.. "999997,Nh"u8, 0xF3, .. "m,dat-o,1.5,2023-11-11,true\r\n"u8]);

        var result = Runs.Build(workspace);

        Assert.False(result.Succeeded);
        Assert.False(Directory.Exists(workspace.Output));
        Assert.Equal(CheckedAlone(workspace, path), OfFile(result, path));
    }

    [Fact]
    public void A_large_table_saved_decomposed_builds_with_its_one_warning_and_composed_downloads()
    {
        using var workspace = Workspace.Create();
        var (path, _) = LargeTable(workspace);
        File.WriteAllText(path, File.ReadAllText(path).Normalize(NormalizationForm.FormD));

        var result = Runs.Build(workspace);

        Assert.True(result.Succeeded, string.Join('\n', Runs.Errors(result, workspace.Root)));
        var warning = Assert.Single(result.Diagnostics, d => d.Message == Messages.Decomposed);
        Assert.Equal((path, 2), (warning.Location.FilePath, warning.Location.Line));
        var published = File.ReadAllText(Path.Combine(workspace.Output, "du-lieu", "thua-dat-thu", "thua-dat.csv"));
        Assert.True(published.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void A_large_table_s_bad_row_is_reported_in_the_same_run_as_an_error_that_stops_the_build_before_publishing()
    {
        using var workspace = Workspace.Create();
        var (path, _) = LargeTable(workspace);
        File.AppendAllText(path, "999998,x,xong,1.5,2023-11-11,true\r\n");
        var line = File.ReadAllLines(path).Length;
        File.WriteAllText(workspace.ContentFile("pages/gioi-thieu.md"), "---\ntitle: [không đóng\n---\nx\n");

        var result = Runs.Build(workspace);

        var errors = Runs.Errors(result, workspace.Root);
        Assert.Contains(errors, e => e.StartsWith("content/pages/gioi-thieu.md:", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith($"content/{Csv}:{line}:", StringComparison.Ordinal) && e.Contains("'xong'", StringComparison.Ordinal));
        Assert.Equal(CheckedAlone(workspace, path), OfFile(result, path));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_validate_stage_leaves_only_a_large_table_s_cells_to_the_read_that_publishes_it(bool large)
    {
        using var workspace = Workspace.Create();
        var (path, _) = LargeTable(workspace);
        if (!large)
        {
            File.WriteAllText(path, string.Join("\r\n", File.ReadAllText(path).Split("\r\n").Take(20)) + "\r\n");
        }

        File.AppendAllText(path, "999999,x,xong,1.5,2023-11-11,true\r\n");
        var datasets = LoadDatasets.Load(Path.GetDirectoryName(workspace.ContentFile(Folder))!, new DiagnosticBag())
            .Where(d => d.Slug.Value == "thua-dat-thu").ToList();
        var postponed = new PostponedChecks();
        var diagnostics = new DiagnosticBag();

        ValidateDatasets.Run(datasets, new HashSet<string> { "quy-hoach" }, [], [], diagnostics, postponed: postponed);

        Assert.Equal(!large, diagnostics.Sorted().Any(d => d.Location.FilePath == path));
        var check = postponed.Take(path);
        Assert.Equal(large, check is not null);
        check?.RunAlone();
        Assert.Contains(diagnostics.Sorted(), d => d.Location.FilePath == path && d.Message == Messages.CsvEnum);
    }

    [Fact]
    public void A_serve_session_keeps_a_table_s_downloads_until_the_table_or_its_description_is_saved()
    {
        using var workspace = Workspace.Create();
        var (path, rows) = LargeTable(workspace);
        File.WriteAllText(path, File.ReadAllText(path).Normalize(NormalizationForm.FormD));
        var cache = WorkCache.InMemory();
        const string Json = "du-lieu/thua-dat-thu/thua-dat.json";
        const string Xlsx = "du-lieu/thua-dat-thu/thua-dat.xlsx";

        (MemorySink Sink, BuildResult Result) Rebuild(PreviousPreview? since)
        {
            // As serve does with the paths its watcher reports.
            cache.Forget(since?.ChangedFiles ?? []);
            var sink = new MemorySink();
            var result = SiteBuilder.Run(
                new BuildRequest(workspace.Content, workspace.Theme, workspace.Output, Write: false, workspace.Root) { Cache = cache, Since = since },
                into: sink);
            Assert.True(result.Succeeded, string.Join('\n', Runs.Errors(result, workspace.Root)));
            return (sink, result);
        }

        var (first, built) = Rebuild(null);
        var page = workspace.ContentFile("pages/gioi-thieu.md");
        File.AppendAllText(page, "\nMột dòng mới.\n");
        var (afterPage, rebuilt) = Rebuild(new PreviousPreview([page], built.Links));

        // Not made again: the very bytes of the first build, and the file's warning still reported.
        Assert.Same(first.Files[Json], afterPage.Files[Json]);
        Assert.Same(first.Files[Xlsx], afterPage.Files[Xlsx]);
        Assert.Single(rebuilt.Diagnostics, d => d.Message == Messages.Decomposed);

        File.AppendAllText(path, "999999,x,dat-o,1.5,2023-11-11,true\r\n");
        var (afterTable, rebuiltTable) = Rebuild(new PreviousPreview([path], rebuilt.Links));
        using (var json = JsonDocument.Parse(afterTable.Files[Json]))
        {
            Assert.Equal(rows + 1, json.RootElement.GetArrayLength());
        }

        var description = workspace.ContentFile(Folder + "/dataset.yml");
        File.WriteAllText(description, File.ReadAllText(description).Replace("title: Thửa đất\n", "title: Thửa đất đã đo\n", StringComparison.Ordinal));
        var (afterDescription, _) = Rebuild(new PreviousPreview([description], rebuiltTable.Links));
        Assert.NotSame(afterTable.Files[Xlsx], afterDescription.Files[Xlsx]);
        Assert.Equal("Thửa đất đã đo", XlsxReadBack.Read(afterDescription.Files[Xlsx]).Name);
    }

    [Fact]
    public void A_large_file_two_resources_name_is_checked_against_both_schemas()
    {
        using var workspace = Workspace.Create();
        var (path, _) = LargeTable(workspace);
        var description = workspace.ContentFile(Folder + "/dataset.yml");
        var yml = File.ReadAllText(description);
        var resource = yml[yml.IndexOf("  - name: thua-dat", StringComparison.Ordinal)..];
        // The second resource has no enum on zone: only the first refuses 'xong'.
        File.WriteAllText(description, yml.TrimEnd() + "\n" + resource
            .Replace("name: thua-dat\n", "name: thua-dat-2\n", StringComparison.Ordinal)
            .Replace(", enum: [dat-o, cay-xanh]", "", StringComparison.Ordinal));
        File.AppendAllText(path, "999992,x,xong,1.5,2023-11-11,true\r\n");
        var line = File.ReadAllLines(path).Length;

        var result = Runs.Build(workspace);

        Assert.False(result.Succeeded);
        var errors = Runs.Errors(result, workspace.Root);
        Assert.True(errors.Any(e => e.StartsWith($"content/{Csv}:{line}:", StringComparison.Ordinal) && e.Contains("'xong'", StringComparison.Ordinal)), string.Join('\n', errors));
    }

    [Fact]
    public void A_large_table_with_a_foreign_key_is_checked_before_the_key_is_and_a_bad_byte_is_a_message()
    {
        using var workspace = Workspace.Create();
        var (path, _) = LargeTable(workspace);
        var description = workspace.ContentFile(Folder + "/dataset.yml");
        File.WriteAllText(description, File.ReadAllText(description).Replace(
            "      primary_key: id\n",
            "      primary_key: id\n      foreign_keys:\n        - { field: id, reference: { resource: thua-dat, field: id } }\n",
            StringComparison.Ordinal));
        File.AppendAllBytes(path, [.. "999997,Nh"u8, 0xF3, .. "m,dat-o,1.5,2023-11-11,true\r\n"u8]);

        var result = Runs.Build(workspace);

        Assert.False(result.Succeeded);
        Assert.False(Directory.Exists(workspace.Output));
        Assert.Equal(CheckedAlone(workspace, path), OfFile(result, path));
    }

    /// <summary>What the validate stage's own check of the file says: what the build must say of it.</summary>
    private static IReadOnlyList<string> CheckedAlone(Workspace workspace, string path)
    {
        var raw = LoadDatasets.Load(Path.GetDirectoryName(workspace.ContentFile(Folder))!, new DiagnosticBag())
            .Single(d => d.Slug.Value == "thua-dat-thu").Resources.Single();
        var alone = new DiagnosticBag();
        CheckCsvFile.Run(path, TableSchemas.From(raw.Schema), alone);
        Assert.NotEmpty(alone.Sorted());
        return Lines(alone.Sorted(), path);
    }

    private static IReadOnlyList<string> OfFile(BuildResult build, string path) => Lines(build.Diagnostics, path);

    private static IReadOnlyList<string> Lines(IEnumerable<Diagnostic> diagnostics, string path) => diagnostics
        .Where(d => d.Location.FilePath == path)
        .Select(d => $"{d.Location.Line}:{d.Location.Column} {d.Severity} {d.Message.Code} {string.Join('|', d.Arguments)}")
        .Order(StringComparer.Ordinal)
        .ToList();
}
