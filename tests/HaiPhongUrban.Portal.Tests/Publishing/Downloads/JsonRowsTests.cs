using HaiPhongUrban.Portal.Kernel.Downloads;
using HaiPhongUrban.Portal.Kernel.Tables;
using System.Text;
using System.Text.Json;
using static HaiPhongUrban.Portal.Tests.Publishing.Downloads.DownloadFixture;

namespace HaiPhongUrban.Portal.Tests.Publishing.Downloads;

public sealed class JsonRowsTests
{
    private static byte[] Write(TableSchema schema, IEnumerable<TableRow> rows)
    {
        var output = new MemoryStream();
        JsonRows.Write(output, schema, rows);
        return output.ToArray();
    }

    private static byte[] WriteFixture() => Write(Schema, OnePass());

    [Fact]
    public void Reads_back_as_one_object_per_row_keyed_by_field_in_schema_order()
    {
        using var json = JsonDocument.Parse(WriteFixture());

        var objects = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(Rows.Count, objects.Count);
        Assert.All(objects, o => Assert.Equal(Names, o.EnumerateObject().Select(p => p.Name)));
    }

    [Fact]
    public void Types_every_cell_by_the_schema()
    {
        using var json = JsonDocument.Parse(WriteFixture());

        var objects = json.RootElement.EnumerateArray().ToList();
        for (var row = 0; row < Rows.Count; row++)
        {
            for (var column = 0; column < Schema.Fields.Count; column++)
            {
                var field = Schema.Fields[column];
                var text = Rows[row].Cells[column];
                AssertValue(field.Type, text, objects[row].GetProperty(field.Name));
            }
        }
    }

    private static void AssertValue(FieldType type, string text, JsonElement value)
    {
        if (text.Length == 0)
        {
            Assert.Equal(JsonValueKind.Null, value.ValueKind);
            return;
        }

        switch (type)
        {
            case FieldType.Integer:
                Assert.Equal(long.Parse(text), value.GetInt64());
                break;
            case FieldType.Number:
                Assert.Equal(JsonValueKind.Number, value.ValueKind);
                Assert.Equal(text, value.GetRawText()); // the digits as written: 1.50 stays 1.50
                break;
            case FieldType.Boolean:
                Assert.Equal(type.Parse(text), value.GetBoolean());
                break;
            case FieldType.Date:
            case FieldType.String:
                Assert.Equal(text, value.GetString()); // dates are already ISO; text is never neutralised
                break;
        }
    }

    [Fact]
    public void Keeps_numbers_as_written()
    {
        var text = Encoding.UTF8.GetString(WriteFixture());

        Assert.Contains("\"dien_tich\": -5,", text);
        Assert.Contains("\"dien_tich\": 1.50,", text);
        Assert.Contains("\"dien_tich\": 3.0,", text);
        Assert.Contains("\"so_tang\": -3,", text);
    }

    [Fact]
    public void Writes_Vietnamese_letters_as_they_are()
    {
        var text = Encoding.UTF8.GetString(WriteFixture());

        Assert.Contains("\"Nhà văn hoá phường Lạch Tray\"", text);
        Assert.Contains("\"dòng một\\r\\ndòng hai\"", text);
    }

    [Fact]
    public void Still_escapes_characters_that_matter_inside_HTML()
    {
        var schema = new TableSchema([Field("v", FieldType.String)], [], []);

        var text = Encoding.UTF8.GetString(Write(schema, [Row(2, "<script>&")]));

        Assert.Contains(@"\u003Cscript\u003E\u0026", text);
        Assert.DoesNotContain("<", text);
    }

    [Fact]
    public void Writes_exactly_this_indented_text_for_a_small_table()
    {
        var schema = new TableSchema(
            [Field("ten", FieldType.String), Field("so", FieldType.Integer), Field("ngay", FieldType.Date), Field("co", FieldType.Boolean)],
            [],
            []);
        TableRow[] rows = [Row(2, "Kiến An", "7", "2024-02-29", "1"), Row(3, "", "", "", "")];

        var text = Encoding.UTF8.GetString(Write(schema, rows));

        Assert.Equal(
            "[\n  {\n    \"ten\": \"Kiến An\",\n    \"so\": 7,\n    \"ngay\": \"2024-02-29\",\n    \"co\": true\n  },\n" +
            "  {\n    \"ten\": null,\n    \"so\": null,\n    \"ngay\": null,\n    \"co\": null\n  }\n]\n",
            text);
    }

    [Fact]
    public void Writes_an_empty_array_for_no_rows() =>
        Assert.Equal("[]\n", Encoding.UTF8.GetString(Write(Schema, [])));

    [Fact]
    public void Has_no_byte_order_mark_and_no_carriage_returns()
    {
        var bytes = WriteFixture();

        Assert.False(CsvReadBack.StartsWithByteOrderMark(bytes));
        Assert.DoesNotContain((byte)'\r', bytes);
        Assert.Equal((byte)'\n', bytes[^1]);
    }

    [Fact]
    public void Gives_identical_bytes_every_time() =>
        Assert.Equal(WriteFixture(), WriteFixture());

    [Fact]
    public void Reads_the_rows_once() =>
        Assert.NotEmpty(Write(Schema, OnePass()));

    [Fact]
    public void Writes_output_while_rows_are_still_coming() =>
        Assert.True(StreamingProbe.BytesWrittenBeforeLastRow(JsonRows.Write) > 0);

    [Fact]
    public void Refuses_a_cell_that_is_not_of_its_column_type()
    {
        var schema = new TableSchema([Field("so", FieldType.Integer)], [], []);

        var error = Assert.Throws<InvalidDataException>(() => Write(schema, [Row(9, "1.5")]));

        Assert.Contains("Line 9", error.Message);
    }
}
