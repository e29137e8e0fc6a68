using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Sections.Planning.Import;
using YamlDotNet.RepresentationModel;

namespace HaiPhongUrban.Portal.Tests.Sections.Planning.Import;

/// <summary>The written plan.yml parsed back with YamlDotNet: every value as the dossier gave it, and the comments staff need.</summary>
public sealed class WritePlanYamlTests
{
    private static readonly PlanDraft Plan = new(
        Name: DossierWorkbook.PlanName,
        Type: "zoning",
        Status: "approved",
        Scale: "1/2000",
        Location: "Quận Hồng Bàng, thành phố Hải Phòng",
        DossierCode: "HP-QHPK-2023-01",
        PlanningInformationCode: "2040",
        Approval: new PlanDecision("323/QĐ-TTg", new DateOnly(2023, 3, 30), "Thủ tướng Chính phủ"),
        TaskApproval: new PlanDecision("1234/QĐ-UBND", new DateOnly(2021, 5, 12), null),
        HasBoundary: true,
        Crs: "EPSG:9210",
        Events: [new PlanEvent("task-approved", new DateOnly(2021, 5, 12), "HoSo!G2"), new PlanEvent("approved", new DateOnly(2023, 3, 30), "HoSo!I2")],
        Documents: [new PlanDocument("decision", "- Quyết định: phê duyệt #1", "323/QĐ-TTg", new DateOnly(2023, 3, 30), "QD 323.pdf", null, "VanBan!2:2")],
        Drawings: ["BanVe!2:2: QH-01 · Sơ đồ\nvị trí"],
        SourceFile: "HP-QHPK-2023-01.xlsx",
        Retrieved: new DateOnly(2026, 12, 2));

    private static YamlMappingNode Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    private static string At(YamlNode node, params object[] path)
    {
        foreach (var step in path)
        {
            node = step is int index ? ((YamlSequenceNode)node).Children[index] : ((YamlMappingNode)node).Children[new YamlScalarNode((string)step)];
        }

        return ((YamlScalarNode)node).Value!;
    }

    [Fact]
    public void Every_value_reads_back_as_written()
    {
        var root = Parse(WritePlanYaml.Write(Plan, [], UiLanguage.Vietnamese));

        Assert.Equal(
            ["name", "type", "status", "scale", "location", "codes", "approval", "task_approval", "boundary", "events", "documents", "sources"],
            root.Children.Keys.Select(k => ((YamlScalarNode)k).Value));
        Assert.Equal(DossierWorkbook.PlanName, At(root, "name"));
        Assert.Equal("zoning", At(root, "type"));
        Assert.Equal("1/2000", At(root, "scale"));
        Assert.Equal("2040", At(root, "codes", "planning_information"));
        Assert.Equal("323/QĐ-TTg", At(root, "approval", "decision"));
        Assert.Equal("2023-03-30", At(root, "approval", "date"));
        Assert.Equal("Thủ tướng Chính phủ", At(root, "approval", "authority"));
        Assert.Equal("2021-05-12", At(root, "task_approval", "date"));
        Assert.Equal("ranh-gioi.geojson", At(root, "boundary", "file"));
        Assert.Equal("EPSG:9210", At(root, "boundary", "crs"));
        Assert.Equal("task-approved", At(root, "events", 0, "event"));
        Assert.Equal("approved", At(root, "events", 1, "event"));
        Assert.Equal("- Quyết định: phê duyệt #1", At(root, "documents", 0, "title"));
        Assert.Equal("QD 323.pdf", At(root, "documents", 0, "file"));
        Assert.Equal("HP-QHPK-2023-01.xlsx", At(root, "sources", 0, "title"));
        Assert.Equal("2026-12-02", At(root, "sources", 0, "retrieved"));
    }

    [Theory]
    [InlineData("a: b")]
    [InlineData("# not a comment")]
    [InlineData("x #y")]
    [InlineData("- item")]
    [InlineData("'single'")]
    [InlineData("\"double\" and \\ backslash")]
    [InlineData("yes")]
    [InlineData("Null")]
    [InlineData("~")]
    [InlineData("2040")]
    [InlineData("1e3")]
    [InlineData("2023-03-30")]
    [InlineData("[a, b]")]
    [InlineData("{a: b}")]
    [InlineData("@at")]
    [InlineData("`tick")]
    [InlineData("%percent")]
    [InlineData("!tag")]
    [InlineData("&anchor")]
    [InlineData("*alias")]
    [InlineData("| block")]
    [InlineData("> folded")]
    [InlineData("? key")]
    [InlineData("ends with colon:")]
    [InlineData(" leading space")]
    [InlineData("trailing space ")]
    [InlineData("line\nbreak")]
    [InlineData("tab\there")]
    [InlineData("line\u2028separator")]
    [InlineData("Hải Phòng's plan (2040) — vùng/phân khu")]
    public void A_name_of_any_text_reads_back_exactly(string name)
    {
        var root = Parse(WritePlanYaml.Write(Plan with { Name = name, Location = name }, [], UiLanguage.English));

        Assert.Equal(name, At(root, "name"));
        Assert.Equal(name, At(root, "location"));
    }

    [Fact]
    public void Plain_text_stays_plain_for_staff_to_read()
    {
        Assert.Equal("Thủ tướng Chính phủ", YamlScalar.Quote("Thủ tướng Chính phủ"));
        Assert.Equal("\"1/2000\"", YamlScalar.Quote("1/2000"));
        Assert.Equal("\"EPSG:9210\"", YamlScalar.Quote("EPSG:9210"));
    }

    [Fact]
    public void The_file_says_what_staff_must_add_and_check()
    {
        var notes = new[] { new ImportNote("HoSo!D2", ImportMessages.TypeUnknown, ["Quy hoạch mới", "vùng, chung"]) };

        var yaml = WritePlanYaml.Write(Plan with { Type = null, Crs = null }, notes, UiLanguage.Vietnamese);

        Assert.Contains("TẠM THỜI", yaml, StringComparison.Ordinal);
        Assert.Contains("#   HoSo!D2: Không nhận ra loại quy hoạch 'Quy hoạch mới'", yaml, StringComparison.Ordinal);
        Assert.Contains("\n# type: …\n", yaml, StringComparison.Ordinal);
        Assert.Contains("\n  # crs: \"EPSG:…\" <- chưa rõ hệ tọa độ", yaml, StringComparison.Ordinal);
        Assert.Equal(2, yaml.Split("    # source: https://…").Length - 1); // one per event
        Assert.Contains("    # url: https://… <- hãy điền địa chỉ công khai của sổ làm việc HP-QHPK-2023-01.xlsx", yaml, StringComparison.Ordinal);
        Assert.Contains("#   BanVe!2:2: QH-01 · Sơ đồ vị trí", yaml, StringComparison.Ordinal); // the drawing's line break kept out of the YAML
        var root = Parse(yaml);
        Assert.False(root.Children.ContainsKey(new YamlScalarNode("type")));
        Assert.False(((YamlMappingNode)root.Children[new YamlScalarNode("boundary")]).Children.ContainsKey(new YamlScalarNode("crs")));
    }

    [Fact]
    public void No_boundary_leaves_the_key_out_and_says_so()
    {
        var yaml = WritePlanYaml.Write(Plan with { HasBoundary = false }, [], UiLanguage.English);

        Assert.False(Parse(yaml).Children.ContainsKey(new YamlScalarNode("boundary")));
        Assert.Contains("# boundary: none yet", yaml, StringComparison.Ordinal);
        Assert.Contains("#   crs: \"EPSG:9210\"", yaml, StringComparison.Ordinal);
    }
}
