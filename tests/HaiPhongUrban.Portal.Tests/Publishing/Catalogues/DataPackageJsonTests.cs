using HaiPhongUrban.Portal.Sections.Datasets.Model;
using HaiPhongUrban.Portal.Sections.Datasets.Publishing;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace HaiPhongUrban.Portal.Tests.Publishing.Catalogues;

public sealed class DataPackageJsonTests
{
    private static string PerDataset() =>
        Encoding.UTF8.GetString(DataPackageJson.ForDataset(SampleCatalogue.Context(), SampleCatalogue.TaskGroups()));

    private static string Portal() =>
        Encoding.UTF8.GetString(DataPackageJson.ForPortal(SampleCatalogue.Context(), SampleCatalogue.All()));

    [Fact]
    public void Per_dataset_package_is_valid_against_the_tabular_data_package_profile() =>
        Assert.Equal("", ProfileValidation.TabularDataPackageErrors(PerDataset()));

    [Fact]
    public void Portal_package_is_valid_against_the_tabular_data_package_profile() =>
        Assert.Equal("", ProfileValidation.TabularDataPackageErrors(Portal()));

    // The two tests above would pass with a validator that accepts anything: these show it does not.
    [Theory]
    [InlineData("hash", "sha256:not-hex", "resources[0].hash: PatternMismatch")]
    [InlineData("hash", "sha256:", "resources[0].hash: PatternMismatch")]
    [InlineData("name", "Nhóm nhiệm vụ", "resources[0].name: PatternMismatch")]
    [InlineData("mediatype", "csv", "resources[0].mediatype: PatternMismatch")]
    public void The_profile_rejects_a_resource_with_a_malformed_value(string property, string value, string error)
    {
        var package = JsonNode.Parse(PerDataset())!;
        package["resources"]![0]![property] = value;

        Assert.Contains(error, ProfileValidation.TabularDataPackageErrors(package.ToJsonString()), StringComparison.Ordinal);
    }

    [Fact]
    public void The_profile_rejects_a_resource_without_a_schema()
    {
        var package = JsonNode.Parse(PerDataset())!;
        package["resources"]![1]!.AsObject().Remove("schema");

        Assert.NotEqual("", ProfileValidation.TabularDataPackageErrors(package.ToJsonString()));
    }

    [Fact]
    public void The_profile_rejects_a_creation_date_that_is_not_an_rfc_3339_date_time()
    {
        var package = JsonNode.Parse(PerDataset())!;
        package["created"] = "ngày 1 tháng 11 năm 2026";

        Assert.Contains("created: DateTimeExpected", ProfileValidation.TabularDataPackageErrors(package.ToJsonString()), StringComparison.Ordinal);
    }

    private static string PlansPackage() =>
        Encoding.UTF8.GetString(DataPackageJson.ForDataset(SampleCatalogue.Context(), SampleCatalogue.Plans()));

    [Fact]
    public void A_package_holding_a_generated_file_is_valid_against_the_data_package_profile_which_it_declares()
    {
        var json = PlansPackage();

        Assert.Equal("", ProfileValidation.DataPackageErrors(json));
        Assert.Equal("data-package", JsonDocument.Parse(json).RootElement.GetProperty("profile").GetString());
        // The tabular profile would refuse it (a file has no schema): that is why the profile changes.
        Assert.NotEqual("", ProfileValidation.TabularDataPackageErrors(json));
        Assert.Equal("tabular-data-package", JsonDocument.Parse(PerDataset()).RootElement.GetProperty("profile").GetString());
    }

    [Fact]
    public void A_generated_file_is_a_data_resource_with_its_path_format_size_hash_and_extent_but_no_schema()
    {
        var plans = SampleCatalogue.Plans();
        var package = JsonDocument.Parse(PlansPackage()).RootElement;

        var resource = Assert.Single(package.GetProperty("resources").EnumerateArray());
        Assert.Equal(
            ["name", "path", "profile", "title", "description", "format", "mediatype", "bytes", "hash", "spatial"],
            resource.EnumerateObject().Select(p => p.Name));
        Assert.Equal("ranh-gioi-quy-hoach.geojson", resource.GetProperty("path").GetString());
        Assert.Equal("data-resource", resource.GetProperty("profile").GetString());
        Assert.Equal("geojson", resource.GetProperty("format").GetString());
        Assert.Equal("application/geo+json", resource.GetProperty("mediatype").GetString());
        Assert.Equal(plans.Files[0].Bytes, resource.GetProperty("bytes").GetInt64());
        Assert.Equal("sha256:" + plans.Files[0].Sha256, resource.GetProperty("hash").GetString());
        Assert.Equal([106.4, 20.55, 107.1, 21.0], resource.GetProperty("spatial").GetProperty("bbox").EnumerateArray().Select(v => v.GetDouble()));
        Assert.Equal([106.4, 20.55, 107.1, 21.0], package.GetProperty("spatial").GetProperty("bbox").EnumerateArray().Select(v => v.GetDouble()));
    }

    [Fact]
    public void The_portal_package_with_a_generated_file_is_valid_against_the_data_package_profile()
    {
        var json = Encoding.UTF8.GetString(DataPackageJson.ForPortal(SampleCatalogue.Context(), [.. SampleCatalogue.All(), SampleCatalogue.Plans()]));
        var package = JsonDocument.Parse(json).RootElement;

        Assert.Equal("", ProfileValidation.DataPackageErrors(json));
        Assert.Equal("data-package", package.GetProperty("profile").GetString());
        Assert.Equal("du-lieu/danh-muc-quy-hoach/ranh-gioi-quy-hoach.geojson", package.GetProperty("resources").EnumerateArray().Last().GetProperty("path").GetString());
        Assert.False(package.TryGetProperty("spatial", out _)); // one box for many datasets would say nothing
    }

    [Fact]
    public void Package_describes_the_dataset_and_points_at_its_page()
    {
        var package = JsonDocument.Parse(PerDataset()).RootElement;

        Assert.Equal("tabular-data-package", package.GetProperty("profile").GetString());
        Assert.Equal("nhiem-vu", package.GetProperty("name").GetString());
        Assert.Equal("Nhiệm vụ và tiến độ thực hiện", package.GetProperty("title").GetString());
        Assert.Equal("https://du-lieu.example.vn/du-lieu/nhiem-vu/", package.GetProperty("homepage").GetString());
        Assert.Equal(["quy hoạch", "Hải Phòng", "Nghị quyết 04-NQ/TU"], package.GetProperty("keywords").EnumerateArray().Select(k => k.GetString()));
        Assert.Equal("2026-11-01T00:00:00Z", package.GetProperty("created").GetString());
        Assert.Equal("2026-11-20T00:00:00Z", package.GetProperty("modified").GetString());
        var contributor = package.GetProperty("contributors")[0];
        Assert.Equal("Nhóm biên tập Cổng thông tin", contributor.GetProperty("title").GetString());
        Assert.Equal("publisher", contributor.GetProperty("role").GetString());
        Assert.Equal("Kết luận của Ban Chấp hành Đảng bộ thành phố Hải Phòng", package.GetProperty("sources")[0].GetProperty("title").GetString());
    }

    [Fact]
    public void Licence_has_a_path_and_title_but_no_name_until_it_has_an_open_definition_id()
    {
        var license = JsonDocument.Parse(PerDataset()).RootElement.GetProperty("licenses")[0];

        Assert.Equal(SampleCatalogue.CcBy.Url, license.GetProperty("path").GetString());
        Assert.Equal(SampleCatalogue.CcBy.Name, license.GetProperty("title").GetString());
        Assert.False(license.TryGetProperty("name", out _));
    }

    [Fact]
    public void Each_resource_is_the_plain_csv_with_its_size_hash_dialect_and_schema()
    {
        var published = SampleCatalogue.TaskGroups().Resources[0];
        var resource = JsonDocument.Parse(PerDataset()).RootElement.GetProperty("resources")[0];

        Assert.Equal("nhom-nhiem-vu", resource.GetProperty("name").GetString());
        Assert.Equal("tabular-data-resource", resource.GetProperty("profile").GetString());
        Assert.Equal("csv", resource.GetProperty("format").GetString());
        Assert.Equal("text/csv", resource.GetProperty("mediatype").GetString());
        Assert.Equal("utf-8", resource.GetProperty("encoding").GetString());
        Assert.Equal(published.Csv.Bytes, resource.GetProperty("bytes").GetInt64());
        Assert.Equal("sha256:" + published.Csv.Sha256, resource.GetProperty("hash").GetString());
        var dialect = resource.GetProperty("dialect");
        Assert.Equal(",", dialect.GetProperty("delimiter").GetString());
        Assert.Equal("\r\n", dialect.GetProperty("lineTerminator").GetString());
        Assert.True(dialect.GetProperty("header").GetBoolean());
        Assert.True(dialect.GetProperty("doubleQuote").GetBoolean());
        Assert.Equal(5, resource.GetProperty("schema").GetProperty("fields").GetArrayLength());
    }

    [Fact]
    public void Resource_paths_are_relative_to_the_folder_of_the_package()
    {
        var perDataset = JsonDocument.Parse(PerDataset()).RootElement.GetProperty("resources");
        var portal = JsonDocument.Parse(Portal()).RootElement.GetProperty("resources");

        Assert.Equal(["nhom-nhiem-vu.csv", "cap-nhat-tien-do.csv"], perDataset.EnumerateArray().Select(r => r.GetProperty("path").GetString()));
        Assert.Equal(
            ["du-lieu/nhiem-vu/nhom-nhiem-vu.csv", "du-lieu/nhiem-vu/cap-nhat-tien-do.csv", "du-lieu/van-ban/van-ban.csv"],
            portal.EnumerateArray().Select(r => r.GetProperty("path").GetString()));
    }

    [Fact]
    public void Per_dataset_package_keeps_only_the_foreign_keys_it_can_resolve()
    {
        var updates = JsonDocument.Parse(PerDataset()).RootElement.GetProperty("resources")[1].GetProperty("schema");

        var key = Assert.Single(updates.GetProperty("foreignKeys").EnumerateArray());
        Assert.Equal("nhom-nhiem-vu", key.GetProperty("reference").GetProperty("resource").GetString());
    }

    [Fact]
    public void Portal_package_keeps_every_foreign_key()
    {
        var updates = JsonDocument.Parse(Portal()).RootElement.GetProperty("resources")[1].GetProperty("schema");

        Assert.Equal(
            ["nhom-nhiem-vu", "van-ban"],
            updates.GetProperty("foreignKeys").EnumerateArray().Select(k => k.GetProperty("reference").GetProperty("resource").GetString()));
    }

    [Fact]
    public void Portal_package_names_the_portal_and_spans_the_dates_of_its_datasets()
    {
        var package = JsonDocument.Parse(Portal()).RootElement;

        Assert.Equal("cong-thong-tin-quy-hoach-do-thi-hai-phong", package.GetProperty("name").GetString());
        Assert.Equal("https://du-lieu.example.vn/du-lieu/", package.GetProperty("homepage").GetString());
        Assert.Equal("2026-11-01T00:00:00Z", package.GetProperty("created").GetString());
        Assert.Equal(3, package.GetProperty("resources").GetArrayLength());
    }

    [Fact]
    public void A_resource_under_another_licence_than_the_portal_default_says_so_in_the_portal_package()
    {
        var other = new License("Giấy phép khác", "https://example.vn/giay-phep/");
        var documents = SampleCatalogue.Documents();
        documents = documents with { Dataset = documents.Dataset with { License = other } };

        var resources = JsonDocument.Parse(DataPackageJson.ForPortal(SampleCatalogue.Context(), [SampleCatalogue.TaskGroups(), documents]))
            .RootElement.GetProperty("resources");

        Assert.False(resources[0].TryGetProperty("licenses", out _));
        Assert.Equal(other.Url, resources[2].GetProperty("licenses")[0].GetProperty("path").GetString());
    }

    [Fact]
    public void Without_a_base_url_the_homepage_is_site_relative()
    {
        var package = JsonDocument.Parse(DataPackageJson.ForDataset(SampleCatalogue.Context(baseUrl: ""), SampleCatalogue.TaskGroups())).RootElement;

        Assert.Equal("/du-lieu/nhiem-vu/", package.GetProperty("homepage").GetString());
    }
}
