using HaiPhongUrban.Portal.Tests.Support;
using System.Text.Json;
using YamlDotNet.RepresentationModel;

namespace HaiPhongUrban.Portal.Tests.Sections.Datasets;

/// <summary>
/// A column's <c>categories</c> (Table Schema 2.0): each allowed value, alone or with the label readers see
/// in its place. A wrong category is an error at its place in dataset.yml, a cell outside them an error at
/// its cell; the preview shows the label with the code in <c>&lt;data value&gt;</c>, the dictionary lists
/// each code with its label, the downloads keep the codes and the Table Schema carries the categories.
/// </summary>
public sealed class CategoriesTests
{
    private const string File = "content/datasets/ma-mau/dataset.yml";

    private const string Csv = "content/datasets/ma-mau/mau.csv";

    private const string Head = """
        title: Mã mẫu
        description: Bộ dữ liệu của bài kiểm thử.
        keywords: [mã mẫu]
        themes: [quy-hoach]
        issued: 2026-11-01
        modified: 2026-11-20
        update_frequency: irregular
        changes:
          - date: 2026-11-20
            note: Công bố lần đầu.
        resources:
          - name: mau
            title: Bảng mẫu
            path: mau.csv
            schema:
              fields:

        """;

    private const string GoodFields = """
                - name: ma
                  title: Mã
                  type: string
                  description: Mã.
                  required: true
                  categories:
                    - value: dang-lap
                      label: Đang lập
                    - value: da-duyet
                      label: Đã phê duyệt
                    - khac
                - name: so
                  title: Số
                  type: integer
                  description: Số.
                  categories: [1, 2]

        """;

    private static GeneratedFileSite Site(string fields, string header, string rows, bool write) =>
        new(new Dictionary<string, string>
        {
            ["datasets/ma-mau/dataset.yml"] = Head + fields,
            ["datasets/ma-mau/mau.csv"] = header + "\n" + rows,
        }, write);

    [Fact]
    public void Each_wrong_category_is_reported_at_its_place_in_dataset_yml()
    {
        using var site = Site("""
                - name: ma
                  title: Mã
                  type: string
                  description: Mã.
                  categories:
                    - value: a
                      label: Nhãn A
                    - value: b
                      label: ""
                    - value: a
                      label: Nhãn C
                    - value: c
                      label: Nhãn A
                  enum: [a, z]
                - name: so
                  title: Số
                  type: integer
                  description: Số.
                  categories: [1, hai, "01"]
                - name: ngay
                  title: Ngày
                  type: date
                  description: Ngày.
                  categories: [2026-01-01]

        """, "ma,so,ngay", "a,1,2026-01-01\n", write: false);

        Assert.False(site.Result.Succeeded);
        Assert.Equal(
            [
                $"{File}:25:22: error: The label of the value 'b' is empty. Write the words readers see in place of the code, or delete the 'label:' line.",
                $"{File}:26:22: error: The value 'a' is already in 'categories' at line 22. Each value is listed once; delete one of the two.",
                $"{File}:29:22: error: The label 'Nhãn A' is already the label of the value 'a'. Each value needs its own label for readers to tell them apart; change one of the two.",
                $"{File}:30:21: error: The value 'z' in 'enum' is not in the column's 'categories'. When a column has both, 'enum' may only pick among the values of 'categories': a, b, a, c. Add the value to 'categories' or remove it from 'enum'.",
                $"{File}:35:27: error: The value 'hai' in 'categories' is not a value of type integer. Correct the value or the column's type.",
                $"{File}:35:32: error: The value '01' is already in 'categories' at line 35. Each value is listed once; delete one of the two.",
                $"{File}:40:11: error: Only a string or integer column may have 'categories' (Table Schema 2.0); this column is of type date. Change the column's type, or use 'enum' instead of 'categories'.",
            ],
            site.Errors.Select(FirstLine));
    }

    [Fact]
    public void A_cell_outside_the_categories_is_an_error_at_its_cell_naming_each_code_with_its_label()
    {
        using var site = Site(GoodFields, "ma,so", "dang-lap,1\nda-phe-duyet,2\nkhac,3\n", write: false);

        Assert.Equal(
            [
                $"{Csv}:3:1: error: The column 'ma' has the value 'da-phe-duyet', which is not one of the allowed values: dang-lap (Đang lập), da-duyet (Đã phê duyệt), khac.",
                $"{Csv}:4:6: error: The column 'so' has the value '3', which is not one of the allowed values: 1, 2.",
            ],
            site.Errors.Select(FirstLine));
    }

    [Fact]
    public void The_preview_shows_labels_the_dictionary_lists_them_and_the_downloads_keep_the_codes()
    {
        using var site = Site(GoodFields, "ma,so", "dang-lap,1\nkhac,2\n", write: true);
        Assert.True(site.Result.Succeeded, string.Join('\n', site.Errors));

        var page = site.Text("/du-lieu/ma-mau/");
        Assert.Contains("<tr><td><data value=\"dang-lap\">Đang lập</data></td><td>1</td></tr>", page, StringComparison.Ordinal);
        // A code without a label is shown as it is.
        Assert.Contains("<tr><td>khac</td><td>2</td></tr>", page, StringComparison.Ordinal);
        Assert.Contains(
            "<ul class=\"categories\"><li><code lang=\"vi\">dang-lap</code>: <span lang=\"vi\">Đang lập</span></li><li><code lang=\"vi\">da-duyet</code>: <span lang=\"vi\">Đã phê duyệt</span></li><li><code lang=\"vi\">khac</code></li></ul>",
            page,
            StringComparison.Ordinal);

        Assert.Equal("ma,so\r\ndang-lap,1\r\nkhac,2\r\n", site.Text("/du-lieu/ma-mau/mau.csv"));
        using var json = JsonDocument.Parse(site.Bytes("/du-lieu/ma-mau/mau.json"));
        Assert.Equal(["dang-lap", "khac"], json.RootElement.EnumerateArray().Select(r => r.GetProperty("ma").GetString()));
        Assert.DoesNotContain("Đang lập", ZipText(site.Bytes("/du-lieu/ma-mau/mau.xlsx")), StringComparison.Ordinal);
        Assert.Contains("dang-lap", ZipText(site.Bytes("/du-lieu/ma-mau/mau.xlsx")), StringComparison.Ordinal);

        using var package = JsonDocument.Parse(site.Bytes("/du-lieu/ma-mau/datapackage.json"));
        var fields = package.RootElement.GetProperty("resources")[0].GetProperty("schema").GetProperty("fields");
        Assert.Equal(
            """[{"value":"dang-lap","label":"Đang lập"},{"value":"da-duyet","label":"Đã phê duyệt"},{"value":"khac"}]""",
            JsonSerializer.Serialize(fields[0].GetProperty("categories"), Unescaped));
        // Without labels, the values alone; an integer column's are numbers.
        Assert.Equal("[1,2]", JsonSerializer.Serialize(fields[1].GetProperty("categories")));
    }

    [Fact]
    public void The_tracker_shows_each_status_in_its_preview_with_the_words_of_the_tracker_page()
    {
        // The labels in theo-doi-thuc-hien/dataset.yml are copied from the tracker page's wording
        // (theme/i18n/vi.yml, tracker.statuses): the two must say the same.
        var statuses = (YamlMappingNode)((YamlMappingNode)Yaml(Path.Combine(RepoPaths.Theme, "i18n", "vi.yml"))["tracker"])["statuses"];
        var field = ((YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)((YamlSequenceNode)Yaml(Path.Combine(RepoPaths.Content, "datasets", "theo-doi-thuc-hien", "dataset.yml"))["resources"])[0])["schema"])["fields"])
            .Cast<YamlMappingNode>().Single(f => f["name"].ToString() == "status");
        var categories = ((YamlSequenceNode)field["categories"]).Cast<YamlMappingNode>().ToDictionary(c => c["value"].ToString(), c => c["label"].ToString());

        Assert.Equal(statuses.Children.ToDictionary(p => p.Key.ToString(), p => p.Value.ToString()), categories);
    }

    private static YamlMappingNode Yaml(string path)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(System.IO.File.ReadAllText(path)));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static readonly JsonSerializerOptions Unescaped = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string FirstLine(string message) => message.Split('\n')[0];

    /// <summary>Every text entry of an XLSX (a zip), to show which values reached the spreadsheet.</summary>
    private static string ZipText(byte[] xlsx)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(xlsx));
        return string.Concat(zip.Entries.Select(e =>
        {
            using var reader = new StreamReader(e.Open());
            return reader.ReadToEnd();
        }));
    }
}
