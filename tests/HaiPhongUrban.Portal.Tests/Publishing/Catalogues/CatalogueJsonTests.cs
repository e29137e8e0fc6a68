using HaiPhongUrban.Portal.Kernel.Catalogues;
using HaiPhongUrban.Portal.Kernel.Downloads;
using HaiPhongUrban.Portal.Sections.Datasets.Publishing;
using System.Globalization;
using System.Text;

namespace HaiPhongUrban.Portal.Tests.Publishing.Catalogues;

/// <summary>What every catalogue shares: the same bytes for the same content, and readable UTF-8 text.</summary>
public sealed class CatalogueJsonTests
{
    public static TheoryData<string> Catalogues => new()
    {
        "data.json", "catalog.jsonld", "datapackage.json", "du-lieu/nhiem-vu/datapackage.json", "nhom-nhiem-vu.schema.json", "SHA256SUMS",
    };

    private static byte[] Write(string catalogue)
    {
        var context = SampleCatalogue.Context();
        var datasets = SampleCatalogue.All();
        return catalogue switch
        {
            "data.json" => ProjectOpenDataJson.Serialise(context, datasets),
            "catalog.jsonld" => DcatApJsonLd.Serialise(context, datasets),
            "datapackage.json" => DataPackageJson.ForPortal(context, datasets),
            "du-lieu/nhiem-vu/datapackage.json" => DataPackageJson.ForDataset(context, datasets[0]),
            "nhom-nhiem-vu.schema.json" => TableSchemaJson.Serialise(datasets[0].Resources[0].Resource.Schema),
            _ => ChecksumList.Serialise(SampleCatalogue.AllDownloads(datasets).Select(d => (d.Url, d.Sha256))),
        };
    }

    [Theory]
    [MemberData(nameof(Catalogues))]
    public void The_same_content_gives_the_same_bytes(string catalogue) =>
        Assert.Equal(Write(catalogue), Write(catalogue));

    [Theory]
    [MemberData(nameof(Catalogues))]
    public void The_culture_of_the_machine_changes_nothing(string catalogue)
    {
        var invariant = InCulture(CultureInfo.InvariantCulture, () => Write(catalogue));

        // Turkish: dotted and dotless i under case mapping; Vietnamese: ',' as the decimal separator.
        Assert.Equal(invariant, InCulture(new CultureInfo("tr-TR"), () => Write(catalogue)));
        Assert.Equal(invariant, InCulture(new CultureInfo("vi-VN"), () => Write(catalogue)));
    }

    [Theory]
    [MemberData(nameof(Catalogues))]
    public void Files_are_utf8_without_bom_with_lf_line_ends(string catalogue)
    {
        var bytes = Write(catalogue);

        Assert.False(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), "starts with a BOM");
        Assert.DoesNotContain((byte)'\r', bytes);
        Assert.Equal((byte)'\n', bytes[^1]);
        Assert.Equal(bytes, new UTF8Encoding(false, throwOnInvalidBytes: true).GetBytes(new UTF8Encoding(false, true).GetString(bytes)));
    }

    [Theory]
    [InlineData("data.json")]
    [InlineData("catalog.jsonld")]
    [InlineData("datapackage.json")]
    [InlineData("nhom-nhiem-vu.schema.json")]
    public void Vietnamese_letters_are_written_as_letters_not_escapes(string catalogue)
    {
        var text = Encoding.UTF8.GetString(Write(catalogue));

        Assert.Contains(catalogue == "nhom-nhiem-vu.schema.json" ? "Hạn chót" : "Hải Phòng", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Characters_html_gives_meaning_to_stay_escaped_so_the_json_can_be_inlined_in_a_page()
    {
        var context = SampleCatalogue.Context() with { Title = "Quy hoạch </script><script>alert(1)</script> & phát triển" };

        var text = Encoding.UTF8.GetString(DcatApJsonLd.Serialise(context, []));

        Assert.DoesNotContain("</script>", text, StringComparison.Ordinal);
        Assert.Contains("Quy hoạch \\u003C/script\\u003E", text, StringComparison.Ordinal);
        Assert.Contains("\\u0026 phát triển", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Properties_are_indented_by_two_spaces_in_a_fixed_order()
    {
        var text = Encoding.UTF8.GetString(Write("data.json"));

        Assert.StartsWith("{\n  \"@context\": \"https://project-open-data.cio.gov/v1.1/schema/catalog.jsonld\",\n  \"@id\":", text, StringComparison.Ordinal);
    }

    private static T InCulture<T>(CultureInfo culture, Func<T> action)
    {
        var (culture0, ui0) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = culture0;
            CultureInfo.CurrentUICulture = ui0;
        }
    }
}
