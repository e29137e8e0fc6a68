using HaiPhongUrban.Portal.Kernel.Urls;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace HaiPhongUrban.Portal.Kernel.Catalogues;

/// <summary>
/// How every catalogue is written: the one set of JSON options and the few formatting rules the
/// catalogues share, so that data.json, catalog.jsonld and datapackage.json never disagree.
/// </summary>
internal static class CatalogueJson
{
    /// <summary>
    /// UTF-8 without BOM, two-space indents and "\n" on every platform. Property order is the order of
    /// each record's parameters (System.Text.Json's documented default), so it is fixed by the code.
    /// The encoder lets every letter through unescaped, Vietnamese included, but still escapes the
    /// characters HTML gives meaning to (&lt; &gt; &amp; ' + `): the same JSON stays safe if a page ever
    /// inlines it in a <c>&lt;script type="application/ld+json"&gt;</c> block, which
    /// UnsafeRelaxedJsonEscaping would not be. Numbers and strings are written the same in every culture.
    /// </summary>
    public static readonly JsonSerializerOptions Options = CreateOptions();

    /// <summary>The document as bytes, ending with a newline like any text file.</summary>
    public static byte[] Serialise<T>(T document)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(document, Options);
        var bytes = new byte[json.Length + 1];
        json.CopyTo(bytes, 0);
        bytes[^1] = (byte)'\n';
        return bytes;
    }

    /// <summary>ISO 8601 calendar date (YYYY-MM-DD), whatever the current culture.</summary>
    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The absolute URL once site.yml has a base URL, the site-relative one until then.</summary>
    public static string Url(string baseUrl, string url) => UrlPath.Absolute(baseUrl, url) ?? url;

    /// <summary>Null (so the property is left out) for a value not filled in: catalogues never write "".</summary>
    public static string? OrNull(string value) => string.IsNullOrWhiteSpace(value) ? null : value;

    /// <summary>Null for an empty list: the formats ask for at least one item where a list is given.</summary>
    public static IReadOnlyList<T>? OrNull<T>(IReadOnlyList<T> values) => values.Count == 0 ? null : values;

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            WriteIndented = true,
            IndentSize = 2,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
