
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace HaiPhongUrban.Portal.Rendering.Search;

/// <summary>
/// The index as the static file the search script fetches: compact JSON, Vietnamese letters written
/// as themselves (escaped, every one would triple the size), under a name carrying its content hash
/// so that browsers may cache it for a year and still see a new one the moment the content changes.
/// </summary>
public static class SearchIndexFile
{
    /// <summary>Changes when the file's shape does, so an old script never misreads a new index.</summary>
    public const int FormatVersion = 1;

    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    public static StaticFile Of(SearchIndex index)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(new { version = FormatVersion, entries = index.Entries }, Options);
        return new StaticFile(SiteRoutes.SearchIndex(Convert.ToHexStringLower(SHA256.HashData(bytes))[..10]), bytes);
    }
}
