namespace HaiPhongUrban.Portal.Model;

/// <summary>
/// A file a section makes from its own content (a GeoJSON FeatureCollection, say), which a dataset
/// publishes with <c>generated_from: Name</c> as it is, beside its page, in every catalogue and in
/// SHA256SUMS. Unlike a <see cref="TableSource"/> it has no columns and no schema: the portal does not
/// read it, it only publishes the bytes and says what they are.
/// </summary>
/// <param name="Name">What a dataset's <c>generated_from:</c> names; unique among tables and files.</param>
/// <param name="Extension">The file name's ending without the dot ("geojson"): the file is <c>/du-lieu/&lt;dataset&gt;/&lt;resource&gt;.&lt;Extension&gt;</c>, and datapackage.json's <c>format</c>.</param>
/// <param name="MediaType">The IANA media type without parameters ("application/geo+json"), as every catalogue names it.</param>
/// <param name="FormatName">The format's common name ("GeoJSON"), shown on the dataset's page and as data.json's <c>format</c>.</param>
/// <param name="EuFileType">The format's code in the EU Publications Office file-type table ("GEOJSON"), DCAT-AP's <c>dct:format</c>.</param>
/// <param name="Bytes">The file, made in the publish stage from the typed site, when every section's part exists.</param>
/// <param name="Extent">Where on Earth the file's content lies, or null when it has no place; called in the publish stage too.</param>
public sealed record FileSource(
    string Name,
    string Extension,
    string MediaType,
    string FormatName,
    string EuFileType,
    Func<Site, byte[]> Bytes,
    Func<Site, GeoBox?> Extent);
