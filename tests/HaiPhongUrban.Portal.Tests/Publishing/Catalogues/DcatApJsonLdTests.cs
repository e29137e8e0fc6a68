using HaiPhongUrban.Portal.Sections.Datasets.Model;
using HaiPhongUrban.Portal.Sections.Datasets.Publishing;
using System.Text.Json;

namespace HaiPhongUrban.Portal.Tests.Publishing.Catalogues;

/// <summary>
/// catalog.jsonld against DCAT-AP 3.0.0 (SEMICeu/DCAT-AP, releases/3.0.0/shacl/dcat-ap-SHACL.ttl):
/// the properties its shapes make mandatory (minCount 1), the datatypes they fix, and the classes of the
/// nodes they constrain. Read as plain JSON: every property is written as a compact IRI of the @context.
/// </summary>
public sealed class DcatApJsonLdTests
{
    private static JsonElement Catalog() =>
        JsonDocument.Parse(DcatApJsonLd.Serialise(SampleCatalogue.Context(), SampleCatalogue.All())).RootElement;

    private static IEnumerable<JsonElement> Datasets() => Catalog().GetProperty("dcat:dataset").EnumerateArray();

    private static IEnumerable<JsonElement> Distributions() =>
        Datasets().SelectMany(d => d.GetProperty("dcat:distribution").EnumerateArray());

    private static string Text(JsonElement literal) => literal.GetProperty("@value").GetString()!;

    [Fact]
    public void Context_declares_the_vocabularies_used()
    {
        var context = Catalog().GetProperty("@context");

        Assert.Equal("http://www.w3.org/ns/dcat#", context.GetProperty("dcat").GetString());
        Assert.Equal("http://purl.org/dc/terms/", context.GetProperty("dct").GetString());
        Assert.Equal("http://spdx.org/rdf/terms#", context.GetProperty("spdx").GetString());
        Assert.Equal("http://www.w3.org/2001/XMLSchema#", context.GetProperty("xsd").GetString());
        foreach (var prefix in new[] { "foaf", "vcard", "adms", "skos", "rdfs" })
        {
            Assert.True(context.TryGetProperty(prefix, out _), prefix);
        }
    }

    [Fact]
    public void Catalog_has_its_mandatory_title_description_and_named_publisher()
    {
        var catalog = Catalog();

        Assert.Equal("dcat:Catalog", catalog.GetProperty("@type").GetString());
        Assert.Equal("Cổng thông tin quy hoạch đô thị Hải Phòng", Text(catalog.GetProperty("dct:title")));
        Assert.Equal("vi", catalog.GetProperty("dct:title").GetProperty("@language").GetString());
        Assert.NotEqual("", Text(catalog.GetProperty("dct:description")));
        Assert.Equal("foaf:Agent", catalog.GetProperty("dct:publisher").GetProperty("@type").GetString());
        Assert.Equal("Nhóm biên tập Cổng thông tin", Text(catalog.GetProperty("dct:publisher").GetProperty("foaf:name")));
        Assert.Equal("https://du-lieu.example.vn/", catalog.GetProperty("foaf:homepage").GetProperty("@id").GetString());
        Assert.Equal("http://publications.europa.eu/resource/authority/language/VIE", catalog.GetProperty("dct:language").GetProperty("@id").GetString());
    }

    [Fact]
    public void Every_dataset_has_its_mandatory_title_and_description_and_the_recommended_properties()
    {
        foreach (var dataset in Datasets())
        {
            Assert.Equal("dcat:Dataset", dataset.GetProperty("@type").GetString());
            Assert.NotEqual("", Text(dataset.GetProperty("dct:title")));
            Assert.NotEqual("", Text(dataset.GetProperty("dct:description")));
            Assert.NotEqual(0, dataset.GetProperty("dcat:keyword").GetArrayLength());
            Assert.Equal("vcard:Kind", dataset.GetProperty("dcat:contactPoint").GetProperty("@type").GetString());
            Assert.Equal("mailto:lien-he@example.vn", dataset.GetProperty("dcat:contactPoint").GetProperty("vcard:hasEmail").GetProperty("@id").GetString());
            Assert.Equal("foaf:Agent", dataset.GetProperty("dct:publisher").GetProperty("@type").GetString());
            Assert.NotEqual("", Text(dataset.GetProperty("dct:publisher").GetProperty("foaf:name")));
            Assert.Equal("dct:Location", dataset.GetProperty("dct:spatial").GetProperty("@type").GetString());
            Assert.NotEqual(0, dataset.GetProperty("dcat:distribution").GetArrayLength());
        }
    }

    [Fact]
    public void Dataset_is_named_apart_from_its_landing_page()
    {
        var tasks = Datasets().First();

        Assert.Equal("https://du-lieu.example.vn/du-lieu/nhiem-vu/#dataset", tasks.GetProperty("@id").GetString());
        Assert.Equal("https://du-lieu.example.vn/du-lieu/nhiem-vu/", tasks.GetProperty("dct:identifier").GetString());
        Assert.Equal("https://du-lieu.example.vn/du-lieu/nhiem-vu/", tasks.GetProperty("dcat:landingPage").GetProperty("@id").GetString());
    }

    [Fact]
    public void Dates_are_typed_xsd_date_and_the_period_has_start_and_end()
    {
        var tasks = Datasets().First();

        Assert.Equal("xsd:date", tasks.GetProperty("dct:issued").GetProperty("@type").GetString());
        Assert.Equal("2026-11-01", Text(tasks.GetProperty("dct:issued")));
        Assert.Equal("2026-11-20", Text(tasks.GetProperty("dct:modified")));
        var period = tasks.GetProperty("dct:temporal");
        Assert.Equal("dct:PeriodOfTime", period.GetProperty("@type").GetString());
        Assert.Equal("2012-01-01", Text(period.GetProperty("dcat:startDate")));
        Assert.Equal("xsd:date", period.GetProperty("dcat:endDate").GetProperty("@type").GetString());
        Assert.Equal("2050-12-31", Text(period.GetProperty("dcat:endDate")));
    }

    [Fact]
    public void Frequency_and_themes_are_iris_with_labels()
    {
        var tasks = Datasets().First();

        Assert.Equal("http://publications.europa.eu/resource/authority/frequency/IRREG", tasks.GetProperty("dct:accrualPeriodicity").GetProperty("@id").GetString());
        Assert.Equal(
            "http://publications.europa.eu/resource/authority/frequency/NEVER",
            Datasets().Last().GetProperty("dct:accrualPeriodicity").GetProperty("@id").GetString());
        var theme = tasks.GetProperty("dcat:theme")[1];
        Assert.Equal("https://du-lieu.example.vn/du-lieu/chu-de/do-thi/", theme.GetProperty("@id").GetString());
        Assert.Equal("skos:Concept", theme.GetProperty("@type").GetString());
        Assert.Equal("Đô thị", Text(theme.GetProperty("skos:prefLabel")));
    }

    [Fact]
    public void Every_distribution_has_its_mandatory_access_url_and_a_sha256_checksum()
    {
        var distributions = Distributions().ToList();

        Assert.Equal(12, distributions.Count);
        foreach (var distribution in distributions)
        {
            Assert.Equal("dcat:Distribution", distribution.GetProperty("@type").GetString());
            Assert.StartsWith("https://du-lieu.example.vn/du-lieu/", distribution.GetProperty("dcat:accessURL").GetProperty("@id").GetString(), StringComparison.Ordinal);
            Assert.StartsWith("https://du-lieu.example.vn/du-lieu/", distribution.GetProperty("dcat:downloadURL").GetProperty("@id").GetString(), StringComparison.Ordinal);
            var checksum = distribution.GetProperty("spdx:checksum");
            Assert.Equal("spdx:Checksum", checksum.GetProperty("@type").GetString());
            Assert.Equal("spdx:checksumAlgorithm_sha256", checksum.GetProperty("spdx:algorithm").GetProperty("@id").GetString());
            Assert.Equal("xsd:hexBinary", checksum.GetProperty("spdx:checksumValue").GetProperty("@type").GetString());
            Assert.Matches("^[0-9a-f]{64}$", Text(checksum.GetProperty("spdx:checksumValue")));
            Assert.Equal("xsd:nonNegativeInteger", distribution.GetProperty("dcat:byteSize").GetProperty("@type").GetString());
            Assert.Matches("^[0-9]+$", Text(distribution.GetProperty("dcat:byteSize")));
            Assert.Equal(SampleCatalogue.CcBy.Url, distribution.GetProperty("dct:license").GetProperty("@id").GetString());
        }
    }

    [Fact]
    public void Distribution_says_its_format_media_type_and_schema()
    {
        var published = SampleCatalogue.TaskGroups().Resources[0];
        var xlsx = Distributions().ElementAt(3);

        Assert.Equal(published.Downloads[3].Sha256, Text(xlsx.GetProperty("spdx:checksum").GetProperty("spdx:checksumValue")));
        Assert.Equal("https://du-lieu.example.vn/du-lieu/nhiem-vu/nhom-nhiem-vu.xlsx", xlsx.GetProperty("dcat:downloadURL").GetProperty("@id").GetString());
        Assert.Equal(
            "http://www.iana.org/assignments/media-types/application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            xlsx.GetProperty("dcat:mediaType").GetProperty("@id").GetString());
        Assert.Equal("http://publications.europa.eu/resource/authority/file-type/XLSX", xlsx.GetProperty("dct:format").GetProperty("@id").GetString());
        Assert.Equal("https://du-lieu.example.vn/du-lieu/nhiem-vu/nhom-nhiem-vu.schema.json", xlsx.GetProperty("dct:conformsTo").GetProperty("@id").GetString());
        Assert.Equal("Lời văn chính thức của Kết luận không thuộc phạm vi giấy phép CC BY 4.0.", Text(xlsx.GetProperty("dct:rights").GetProperty("rdfs:label")));
    }

    [Fact]
    public void A_generated_file_is_a_distribution_with_every_mandatory_property_its_media_type_and_no_schema()
    {
        var plans = SampleCatalogue.Plans();
        var dataset = JsonDocument.Parse(DcatApJsonLd.Serialise(SampleCatalogue.Context(), [plans])).RootElement.GetProperty("dcat:dataset")[0];

        var distribution = Assert.Single(dataset.GetProperty("dcat:distribution").EnumerateArray());
        Assert.Equal("dcat:Distribution", distribution.GetProperty("@type").GetString());
        Assert.Equal("Ranh giới quy hoạch (GeoJSON)", Text(distribution.GetProperty("dct:title")));
        Assert.Equal("https://du-lieu.example.vn/du-lieu/danh-muc-quy-hoach/", distribution.GetProperty("dcat:accessURL").GetProperty("@id").GetString());
        Assert.Equal("https://du-lieu.example.vn/du-lieu/danh-muc-quy-hoach/ranh-gioi-quy-hoach.geojson", distribution.GetProperty("dcat:downloadURL").GetProperty("@id").GetString());
        Assert.Equal("http://www.iana.org/assignments/media-types/application/geo+json", distribution.GetProperty("dcat:mediaType").GetProperty("@id").GetString());
        Assert.Equal("http://publications.europa.eu/resource/authority/file-type/GEOJSON", distribution.GetProperty("dct:format").GetProperty("@id").GetString());
        Assert.Equal(plans.Files[0].Bytes.ToString(System.Globalization.CultureInfo.InvariantCulture), Text(distribution.GetProperty("dcat:byteSize")));
        Assert.Equal(plans.Files[0].Sha256, Text(distribution.GetProperty("spdx:checksum").GetProperty("spdx:checksumValue")));
        Assert.Equal("xsd:hexBinary", distribution.GetProperty("spdx:checksum").GetProperty("spdx:checksumValue").GetProperty("@type").GetString());
        Assert.False(distribution.TryGetProperty("dct:conformsTo", out _));
    }

    [Fact]
    public void A_dataset_with_an_extent_has_a_wkt_bbox_in_its_location_beside_the_place_name()
    {
        var dataset = JsonDocument.Parse(DcatApJsonLd.Serialise(SampleCatalogue.Context(), [SampleCatalogue.Plans()])).RootElement.GetProperty("dcat:dataset")[0];

        var spatial = dataset.GetProperty("dct:spatial");
        Assert.Equal("dct:Location", spatial.GetProperty("@type").GetString());
        Assert.Equal("Thành phố Hải Phòng", Text(spatial.GetProperty("skos:prefLabel")));
        Assert.Equal("POLYGON((106.4 20.55, 107.1 20.55, 107.1 21, 106.4 21, 106.4 20.55))", Text(spatial.GetProperty("dcat:bbox")));
        Assert.Equal("http://www.opengis.net/ont/geosparql#wktLiteral", spatial.GetProperty("dcat:bbox").GetProperty("@type").GetString());

        // Without files, no box: the location is the place name alone, as before.
        Assert.False(Datasets().First().GetProperty("dct:spatial").TryGetProperty("dcat:bbox", out _));
    }

    [Fact]
    public void Rights_are_left_out_when_the_dataset_has_none_and_email_when_unknown()
    {
        var documents = SampleCatalogue.WithContact(SampleCatalogue.Documents(), new ContactPoint("Nhóm biên tập", "", ""));

        var dataset = JsonDocument.Parse(DcatApJsonLd.Serialise(SampleCatalogue.Context(), [documents])).RootElement.GetProperty("dcat:dataset")[0];

        Assert.False(dataset.GetProperty("dcat:distribution")[0].TryGetProperty("dct:rights", out _));
        Assert.Equal(["@type", "vcard:fn"], dataset.GetProperty("dcat:contactPoint").EnumerateObject().Select(p => p.Name));
    }
}
