using HaiPhongUrban.Portal.Sections.Datasets.Publishing;
using HaiPhongUrban.Portal.Kernel.Tables;
using System.Text.Json;

namespace HaiPhongUrban.Portal.Tests.Publishing.Catalogues;

public sealed class TableSchemaJsonTests
{
    private static JsonElement Schema(int resource, Func<ForeignKey, bool>? include = null) =>
        JsonDocument.Parse(TableSchemaJson.Serialise(SampleCatalogue.TaskGroups().Resources[resource].Resource.Schema, include)).RootElement;

    private static JsonElement FieldNamed(JsonElement schema, string name) =>
        schema.GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("name").GetString() == name);

    [Fact]
    public void A_field_has_its_name_title_type_format_and_description()
    {
        var field = FieldNamed(Schema(0), "han-chot");

        Assert.Equal(["name", "title", "type", "format", "description"], field.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Hạn chót", field.GetProperty("title").GetString());
        Assert.Equal("date", field.GetProperty("type").GetString());
        Assert.Equal("default", field.GetProperty("format").GetString());
    }

    [Fact]
    public void Constraints_list_only_what_is_set()
    {
        var schema = Schema(0);

        var code = FieldNamed(schema, "ma").GetProperty("constraints");
        Assert.Equal(["required", "unique"], code.EnumerateObject().Select(p => p.Name));
        Assert.True(code.GetProperty("required").GetBoolean());
        var name = FieldNamed(schema, "ten").GetProperty("constraints");
        Assert.Equal(["required"], name.EnumerateObject().Select(p => p.Name));
        var status = FieldNamed(schema, "trang-thai").GetProperty("constraints");
        Assert.Equal(["chua-co-bao-cao", "dang-thuc-hien", "hoan-thanh"], status.GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
    }

    [Fact]
    public void Boolean_enums_are_json_booleans_and_booleans_have_no_format()
    {
        var field = FieldNamed(Schema(0), "co-bao-cao");

        Assert.False(field.TryGetProperty("format", out _));
        Assert.Equal([JsonValueKind.True, JsonValueKind.False], field.GetProperty("constraints").GetProperty("enum").EnumerateArray().Select(v => v.ValueKind));
    }

    [Fact]
    public void Primary_and_foreign_keys_are_written_as_arrays()
    {
        var schema = Schema(1);

        Assert.Equal(["ma-nhiem-vu", "ngay"], schema.GetProperty("primaryKey").EnumerateArray().Select(v => v.GetString()));
        var key = schema.GetProperty("foreignKeys")[0];
        Assert.Equal(["ma-nhiem-vu"], key.GetProperty("fields").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal("nhom-nhiem-vu", key.GetProperty("reference").GetProperty("resource").GetString());
        Assert.Equal(["ma"], key.GetProperty("reference").GetProperty("fields").EnumerateArray().Select(v => v.GetString()));
    }

    [Fact]
    public void The_caller_decides_which_foreign_keys_the_schema_keeps()
    {
        Assert.Equal(2, Schema(1).GetProperty("foreignKeys").GetArrayLength());
        Assert.Equal(1, Schema(1, key => key.ReferencedResource != "van-ban").GetProperty("foreignKeys").GetArrayLength());
        Assert.False(Schema(1, _ => false).TryGetProperty("foreignKeys", out _));
    }

    [Fact]
    public void A_schema_without_keys_has_no_empty_key_arrays()
    {
        var notes = new TableField("ghi-chu", "", FieldType.String, "", false, false, []);

        var schema = JsonDocument.Parse(TableSchemaJson.Serialise(new TableSchema([notes], [], []))).RootElement;

        Assert.Equal(["fields"], schema.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["name", "type", "format"], schema.GetProperty("fields")[0].EnumerateObject().Select(p => p.Name));
    }
}
