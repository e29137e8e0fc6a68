namespace HaiPhongUrban.Portal.Serving;

/// <summary>
/// The Content-Type the test server sends by file extension, as a CDN would, when no netlify.toml rule
/// sets one. Text types say utf-8: the portal writes every text file in UTF-8.
/// </summary>
public static class MediaTypes
{
    private static readonly Dictionary<string, string> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".mjs"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".jsonld"] = "application/ld+json; charset=utf-8",
        [".webmanifest"] = "application/manifest+json; charset=utf-8",
        [".xml"] = "application/xml; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".webp"] = "image/webp",
        [".ico"] = "image/x-icon",
        [".woff2"] = "font/woff2",
        [".csv"] = "text/csv; charset=utf-8",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".geojson"] = "application/geo+json",
        [".md"] = "text/markdown; charset=utf-8",
        [".txt"] = "text/plain; charset=utf-8",
    };

    /// <summary>The type for <paramref name="file"/>; unknown extensions (e.g. SHA256SUMS) are opaque bytes.</summary>
    public static string Of(string file) =>
        ByExtension.TryGetValue(Path.GetExtension(file), out var type) ? type : "application/octet-stream";
}
