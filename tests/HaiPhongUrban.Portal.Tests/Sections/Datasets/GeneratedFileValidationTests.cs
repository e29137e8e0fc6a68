namespace HaiPhongUrban.Portal.Tests.Sections.Datasets;

/// <summary>
/// A generated file in dataset.yml as staff may get it wrong: a schema on a file, a name no section
/// generates, a table without its schema, a key pointing at a file. Each is reported at its
/// <c>path:line:column</c> in dataset.yml, saying what to do, and nothing is built.
/// </summary>
public sealed class GeneratedFileValidationTests
{
    private const string File = "content/datasets/ranh-gioi-mau/dataset.yml";

    private const string Head = """
        title: Ranh giới mẫu
        description: Bộ dữ liệu của bài kiểm thử.
        keywords: [ranh giới]
        themes: [quy-hoach]
        issued: 2026-11-01
        modified: 2026-11-20
        update_frequency: irregular
        changes:
          - date: 2026-11-20
            note: Công bố lần đầu.
        resources:

        """;

    private static IReadOnlyList<string> Errors(string resources, params (string Path, string Text)[] more)
    {
        var files = new Dictionary<string, string> { ["datasets/ranh-gioi-mau/dataset.yml"] = Head + resources };
        foreach (var (path, text) in more)
        {
            files[path] = text;
        }

        using var site = new GeneratedFileSite(files, write: false);
        Assert.False(site.Result.Succeeded);
        return site.Errors;
    }

    [Fact]
    public void A_schema_on_a_generated_file_is_an_error_at_its_key()
    {
        var errors = Errors("""
              - name: ranh-gioi
                title: Ranh giới các khu
                generated_from: test-boundaries
                schema:
                  fields:
                    - name: ma
                      title: Mã
                      type: string
                      description: Mã.
            """);

        var error = Assert.Single(errors);
        Assert.Equal($"{File}:15:5: error: 'test-boundaries' is a generated file, not a table, so it has no columns to describe. Delete this resource's 'schema:' block.", error);
    }

    [Fact]
    public void An_unknown_generated_name_is_an_error_at_its_value_listing_every_table_and_file()
    {
        var errors = Errors("""
              - name: ranh-gioi
                title: Ranh giới các khu
                generated_from: test-boundary
            """);

        var error = Assert.Single(errors);
        Assert.StartsWith($"{File}:14:21: error: There is no generated table or file called 'test-boundary'. Use one of the names: conclusion-paragraphs, ", error, StringComparison.Ordinal);
        Assert.EndsWith(", test-boundaries, test-points, test-unplaced.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_without_a_schema_is_still_an_error_at_its_resource()
    {
        var errors = Errors(
            """
              - name: khu-mau
                title: Khu mẫu
                path: khu.csv
            """,
            ("datasets/ranh-gioi-mau/khu.csv", "ma\r\nkhu-a\r\n"));

        var error = Assert.Single(errors);
        Assert.Equal($"{File}:12:5: error: The required field 'schema' is missing. Add a line 'schema: ...'.", error);
    }

    [Fact]
    public void A_foreign_key_cannot_point_at_a_generated_file()
    {
        var errors = Errors(
            """
              - name: ranh-gioi
                title: Ranh giới các khu
                generated_from: test-boundaries
              - name: khu-mau
                title: Khu mẫu
                path: khu.csv
                schema:
                  fields:
                    - name: ma
                      title: Mã
                      type: string
                      description: Mã.
                  foreign_keys:
                    - field: ma
                      reference:
                        resource: ranh-gioi
                        field: ma
            """,
            ("datasets/ranh-gioi-mau/khu.csv", "ma\r\nkhu-a\r\n"));

        var error = Assert.Single(errors);
        Assert.Equal($"{File}:27:23: error: 'ranh-gioi' is a generated file, not a table, so it has no column a foreign key could point at. Point at the 'name' of a table.", error);
    }
}
