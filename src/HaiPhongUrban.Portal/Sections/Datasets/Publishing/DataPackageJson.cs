using HaiPhongUrban.Portal.Kernel.Urls;
using HaiPhongUrban.Portal.Kernel.Catalogues;
using HaiPhongUrban.Portal.Model;
using HaiPhongUrban.Portal.Kernel.Tables;
using HaiPhongUrban.Portal.Sections.Datasets.Model;

namespace HaiPhongUrban.Portal.Sections.Datasets.Publishing;

/// <summary>
/// Frictionless Data Packages (v1): one per dataset beside its files, and one for the whole portal at the
/// root. Each table is the dataset's plain CSV (the file meant for scripts) with its Table Schema inline,
/// so <c>frictionless validate</c> can check the data. A generated file is a plain data resource (path,
/// format, media type, size, hash, no schema), and a package holding one has the profile
/// <c>data-package</c>, since <c>tabular-data-package</c> allows tables only. Its extent, and the union of
/// them on a dataset's package, is the property <c>spatial</c> (<c>{"bbox": [W, S, E, N]}</c>), which
/// the spec allows as a custom property.
/// </summary>
public static class DataPackageJson
{
    private const string TabularPackageProfile = "tabular-data-package";
    private const string PackageProfile = "data-package";
    private const string ResourceProfile = "tabular-data-resource";
    private const string FileResourceProfile = "data-resource";

    /// <summary>
    /// /du-lieu/&lt;slug&gt;/datapackage.json. Foreign keys into another dataset are left out: the package
    /// does not hold that resource, and a reference it cannot resolve would make it invalid.
    /// </summary>
    public static byte[] ForDataset(CatalogueContext context, PublishedDataset dataset)
    {
        var own = dataset.Resources.Select(r => r.Resource.Name).ToHashSet(StringComparer.Ordinal);
        var folder = Folder(dataset.DataPackage.Url);
        var d = dataset.Dataset;

        return CatalogueJson.Serialise(new DataPackageDocument(
            Profile(dataset.Files.Count),
            d.Slug,
            CatalogueJson.OrNull(d.Title),
            CatalogueJson.OrNull(d.Description),
            CatalogueJson.Url(context.BaseUrl, DatasetRoutes.Dataset(d.Slug)),
            Licenses(d.License),
            CatalogueJson.OrNull(d.Keywords),
            DateTime(d.Issued),
            DateTime(d.Modified),
            Contributors(d.Publisher),
            Sources(d.Source),
            dataset.Resources.Select(r => Resource(r, folder, key => own.Contains(key.ReferencedResource), null))
                .Concat(dataset.Files.Select(f => Resource(f, folder, null)))
                .ToList())
        {
            Spatial = Spatial(dataset.Extent),
        });
    }

    /// <summary>
    /// /datapackage.json: every resource of every dataset. Resource names are unique portal-wide (the
    /// validator guarantees it), so every foreign key resolves here. A dataset whose licence is not the
    /// portal's default says so on its resources.
    /// </summary>
    public static byte[] ForPortal(CatalogueContext context, IReadOnlyList<PublishedDataset> datasets)
    {
        var folder = Folder(DatasetRoutes.PortalDataPackage);
        IReadOnlyList<PackageLicense>? Own(PublishedDataset p) => p.Dataset.License == context.DefaultLicense ? null : Licenses(p.Dataset.License);
        var resources = datasets
            .SelectMany(p => p.Resources.Select(r => Resource(r, folder, _ => true, Own(p))).Concat(p.Files.Select(f => Resource(f, folder, Own(p)))))
            .ToList();

        return CatalogueJson.Serialise(new DataPackageDocument(
            Profile(datasets.Sum(p => p.Files.Count)),
            CatalogueJson.OrNull(Slug.From(context.Title)),
            CatalogueJson.OrNull(context.Title),
            CatalogueJson.OrNull(context.Description),
            CatalogueJson.Url(context.BaseUrl, DatasetRoutes.Datasets),
            Licenses(context.DefaultLicense),
            null,
            datasets.Count == 0 ? null : DateTime(datasets.Min(p => p.Dataset.Issued)),
            datasets.Count == 0 ? null : DateTime(datasets.Max(p => p.Dataset.Modified)),
            Contributors(context.Publisher),
            null,
            resources));
    }

    private static PackageResource Resource(
        PublishedResource published, string folder, Func<ForeignKey, bool> resolvable, IReadOnlyList<PackageLicense>? licenses)
    {
        var csv = published.Csv;
        var resource = published.Resource;
        return new PackageResource(
            resource.Name,
            RelativePath(folder, csv.Url),
            ResourceProfile,
            CatalogueJson.OrNull(resource.Title),
            CatalogueJson.OrNull(resource.Description),
            "csv",
            "text/csv",
            "utf-8",
            csv.Bytes,
            "sha256:" + csv.Sha256,
            licenses,
            CsvDialect.Rfc4180,
            TableSchemaJson.Build(resource.Schema, resolvable));
    }

    /// <summary>A generated file as the package lists it: what it is and how to check it, no dialect, no schema.</summary>
    private static PackageResource Resource(PublishedFile file, string folder, IReadOnlyList<PackageLicense>? licenses) =>
        new(
            file.File.Name,
            RelativePath(folder, file.Url),
            FileResourceProfile,
            CatalogueJson.OrNull(file.File.Title),
            CatalogueJson.OrNull(file.File.Description),
            file.File.Source.Extension,
            CatalogueFormats.MediaTypeEssence(file.MediaType),
            null,
            file.Bytes,
            "sha256:" + file.Sha256,
            licenses,
            null,
            null)
        {
            Spatial = Spatial(file.Extent),
        };

    /// <summary>The tabular profile while every resource is a table (as before files existed), the general one otherwise.</summary>
    private static string Profile(int files) => files == 0 ? TabularPackageProfile : PackageProfile;

    private static PackageSpatial? Spatial(GeoBox? extent) => extent is null ? null : new PackageSpatial(extent.Corners);

    /// <summary>
    /// Data Package v1 wants an RFC 3339 date-time; the content has calendar dates, so a date is written
    /// as midnight UTC of that date, which keeps the date itself as written. ("Z" rather than "+07:00",
    /// which the HTML-safe encoder would write as "\u002B07:00".)
    /// </summary>
    private static string DateTime(DateOnly date) => CatalogueJson.IsoDate(date) + "T00:00:00Z";

    private static IReadOnlyList<PackageLicense>? Licenses(License license) =>
        license.Name.Length == 0 && license.Url.Length == 0
            ? null
            : [new PackageLicense(CatalogueJson.OrNull(license.Url), CatalogueJson.OrNull(license.Name))];

    private static IReadOnlyList<PackageContributor>? Contributors(Agent publisher) =>
        publisher.Name.Length == 0 ? null : [new PackageContributor(publisher.Name, CatalogueJson.OrNull(publisher.Url), "publisher")];

    private static IReadOnlyList<PackageSource>? Sources(Agent source) =>
        source.Name.Length == 0 ? null : [new PackageSource(source.Name, CatalogueJson.OrNull(source.Url))];

    /// <summary>The URL folder a datapackage.json sits in ("/du-lieu/x/datapackage.json" → "/du-lieu/x/").</summary>
    private static string Folder(string packageUrl) => packageUrl[..(packageUrl.LastIndexOf('/') + 1)];

    /// <summary>
    /// A file's path relative to the package's folder, as the spec asks (POSIX, no leading slash, no "..").
    /// Every file of a package lies under its folder; anything else is a routing mistake.
    /// </summary>
    private static string RelativePath(string folder, string url) =>
        url.StartsWith(folder, StringComparison.Ordinal) && url.Length > folder.Length
            ? url[folder.Length..]
            : throw new InvalidOperationException($"'{url}' is not under the data package's folder '{folder}'.");
}
