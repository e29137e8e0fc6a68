using HaiPhongUrban.Portal.Sections.Datasets.Publishing;
using HaiPhongUrban.Portal.Sections.Datasets.Model;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace HaiPhongUrban.Portal.Tests.Publishing.Catalogues;

/// <summary>
/// data.json against the Project Open Data Metadata Schema v1.1 (project-open-data.github.io,
/// v1.1/schema/catalog.json, dataset.json, distribution.json, vcard.json, organization.json): its
/// "required" lists and the patterns the fields must match, federal-only fields excepted.
/// </summary>
public sealed partial class ProjectOpenDataJsonTests
{
    private static readonly string[] RequiredDatasetFields =
        ["title", "description", "keyword", "modified", "publisher", "contactPoint", "identifier", "accessLevel"];

    private static JsonElement Catalog(IReadOnlyList<PublishedDataset>? datasets = null) =>
        JsonDocument.Parse(ProjectOpenDataJson.Serialise(SampleCatalogue.Context(), datasets ?? SampleCatalogue.All())).RootElement;

    private static IEnumerable<JsonElement> Datasets(JsonElement catalog) => catalog.GetProperty("dataset").EnumerateArray();

    [Fact]
    public void Catalog_declares_schema_v1_1_and_holds_every_dataset()
    {
        var catalog = Catalog();

        Assert.Equal(["@context", "@id", "@type", "conformsTo", "describedBy", "dataset"], catalog.EnumerateObject().Select(p => p.Name));
        Assert.Equal("https://project-open-data.cio.gov/v1.1/schema/catalog.jsonld", catalog.GetProperty("@context").GetString());
        Assert.Equal("https://du-lieu.example.vn/data.json", catalog.GetProperty("@id").GetString());
        Assert.Equal("dcat:Catalog", catalog.GetProperty("@type").GetString());
        Assert.Equal("https://project-open-data.cio.gov/v1.1/schema", catalog.GetProperty("conformsTo").GetString());
        Assert.Equal("https://project-open-data.cio.gov/v1.1/schema/catalog.json", catalog.GetProperty("describedBy").GetString());
        Assert.Equal(2, catalog.GetProperty("dataset").GetArrayLength());
    }

    [Fact]
    public void Every_dataset_has_every_required_non_federal_field()
    {
        foreach (var dataset in Datasets(Catalog()))
        {
            foreach (var field in RequiredDatasetFields)
            {
                Assert.True(dataset.TryGetProperty(field, out var value), $"{field} missing");
                Assert.NotEqual(JsonValueKind.Null, value.ValueKind);
            }

            Assert.Equal("dcat:Dataset", dataset.GetProperty("@type").GetString());
            Assert.NotEqual("", dataset.GetProperty("title").GetString());
            Assert.NotEqual(0, dataset.GetProperty("keyword").GetArrayLength());
            Assert.Equal("org:Organization", dataset.GetProperty("publisher").GetProperty("@type").GetString());
            Assert.NotEqual("", dataset.GetProperty("publisher").GetProperty("name").GetString());
            Assert.Equal("vcard:Contact", dataset.GetProperty("contactPoint").GetProperty("@type").GetString());
            Assert.NotEqual("", dataset.GetProperty("contactPoint").GetProperty("fn").GetString());
            Assert.Matches(MailtoPattern(), dataset.GetProperty("contactPoint").GetProperty("hasEmail").GetString());
            Assert.Equal("public", dataset.GetProperty("accessLevel").GetString());
            Assert.False(dataset.TryGetProperty("bureauCode", out _));
            Assert.False(dataset.TryGetProperty("programCode", out _));
        }
    }

    [Fact]
    public void Dates_periods_and_frequencies_are_iso_8601()
    {
        var tasks = Datasets(Catalog()).First();

        Assert.Equal("2026-11-20", tasks.GetProperty("modified").GetString());
        Assert.Equal("2026-11-01", tasks.GetProperty("issued").GetString());
        Assert.Equal("2012-01-01/2050-12-31", tasks.GetProperty("temporal").GetString());
        Assert.Equal("irregular", tasks.GetProperty("accrualPeriodicity").GetString());
        Assert.Equal("R/P1Y", Datasets(Catalog([SampleCatalogue.WithFrequency(SampleCatalogue.TaskGroups(), UpdateFrequency.Annual)]))
            .Single().GetProperty("accrualPeriodicity").GetString());
    }

    [Fact]
    public void Identifier_and_landing_page_are_the_dataset_page_and_the_rest_comes_from_content()
    {
        var tasks = Datasets(Catalog()).First();

        Assert.Equal("https://du-lieu.example.vn/du-lieu/nhiem-vu/", tasks.GetProperty("identifier").GetString());
        Assert.Equal("https://du-lieu.example.vn/du-lieu/nhiem-vu/", tasks.GetProperty("landingPage").GetString());
        Assert.Equal(SampleCatalogue.CcBy.Url, tasks.GetProperty("license").GetString());
        Assert.Equal("Lời văn chính thức của Kết luận không thuộc phạm vi giấy phép CC BY 4.0.", tasks.GetProperty("rights").GetString());
        Assert.Equal("Thành phố Hải Phòng", tasks.GetProperty("spatial").GetString());
        Assert.Equal(["vi"], tasks.GetProperty("language").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(["Quy hoạch", "Đô thị"], tasks.GetProperty("theme").EnumerateArray().Select(v => v.GetString()));
    }

    [Fact]
    public void Every_download_of_every_resource_is_a_distribution_with_its_data_dictionary()
    {
        var tasks = Datasets(Catalog()).First();
        var distributions = tasks.GetProperty("distribution").EnumerateArray().ToList();

        Assert.Equal(8, distributions.Count);
        foreach (var distribution in distributions)
        {
            Assert.Equal("dcat:Distribution", distribution.GetProperty("@type").GetString());
            Assert.True(Uri.IsWellFormedUriString(distribution.GetProperty("downloadURL").GetString(), UriKind.Absolute));
            Assert.Matches(MediaTypePattern(), distribution.GetProperty("mediaType").GetString());
            Assert.NotEqual("", distribution.GetProperty("format").GetString());
            Assert.NotEqual("", distribution.GetProperty("title").GetString());
            Assert.Equal("application/json", distribution.GetProperty("describedByType").GetString());
        }

        Assert.Equal("https://du-lieu.example.vn/du-lieu/nhiem-vu/nhom-nhiem-vu.excel.csv", distributions[1].GetProperty("downloadURL").GetString());
        Assert.Equal("text/csv", distributions[1].GetProperty("mediaType").GetString());
        Assert.Equal("Nhóm nhiệm vụ (CSV cho Excel)", distributions[1].GetProperty("title").GetString());
        Assert.Equal("https://du-lieu.example.vn/du-lieu/nhiem-vu/nhom-nhiem-vu.schema.json", distributions[1].GetProperty("describedBy").GetString());
        Assert.Equal("XLSX", distributions[3].GetProperty("format").GetString());
        Assert.Equal("https://du-lieu.example.vn/du-lieu/nhiem-vu/cap-nhat-tien-do.schema.json", distributions[4].GetProperty("describedBy").GetString());
    }

    [Fact]
    public void A_generated_file_is_a_distribution_without_a_data_dictionary_and_the_extent_is_the_spatial_bounding_box()
    {
        var dataset = JsonDocument.Parse(ProjectOpenDataJson.Serialise(SampleCatalogue.Context(), [SampleCatalogue.Plans()])).RootElement.GetProperty("dataset")[0];

        Assert.Equal("106.4,20.55,107.1,21", dataset.GetProperty("spatial").GetString());
        var distribution = Assert.Single(dataset.GetProperty("distribution").EnumerateArray());
        Assert.Equal("https://du-lieu.example.vn/du-lieu/danh-muc-quy-hoach/ranh-gioi-quy-hoach.geojson", distribution.GetProperty("downloadURL").GetString());
        Assert.Equal("application/geo+json", distribution.GetProperty("mediaType").GetString());
        Assert.Matches(MediaTypePattern(), distribution.GetProperty("mediaType").GetString());
        Assert.Equal("GeoJSON", distribution.GetProperty("format").GetString());
        Assert.Equal("Ranh giới quy hoạch (GeoJSON)", distribution.GetProperty("title").GetString());
        Assert.Equal("Ranh giới các đồ án quy hoạch.", distribution.GetProperty("description").GetString());
        Assert.False(distribution.TryGetProperty("describedBy", out _));
        Assert.False(distribution.TryGetProperty("describedByType", out _));
    }

    [Fact]
    public void An_unknown_email_is_left_out_rather_than_invented()
    {
        var noEmail = SampleCatalogue.WithContact(SampleCatalogue.TaskGroups(), new ContactPoint("Nhóm biên tập", "", ""));

        var contact = Datasets(Catalog([noEmail])).Single().GetProperty("contactPoint");

        Assert.Equal(["@type", "fn"], contact.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void A_dataset_never_updated_has_no_frequency_and_one_without_a_period_no_temporal()
    {
        var documents = Datasets(Catalog()).Last();

        Assert.False(documents.TryGetProperty("accrualPeriodicity", out _));
        Assert.False(documents.TryGetProperty("temporal", out _));
        Assert.False(documents.TryGetProperty("rights", out _));
    }

    // vcard.json's pattern for hasEmail, and distribution.json's for mediaType.
    [GeneratedRegex(@"^mailto:([\w.-]+@[\w.-]+\.[\w.-]+)?$")]
    private static partial Regex MailtoPattern();

    [GeneratedRegex(@"^[-\w]+/[-\w]+(\.[-\w]+)*([+][-\w]+)?$")]
    private static partial Regex MediaTypePattern();
}
