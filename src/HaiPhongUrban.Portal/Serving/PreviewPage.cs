using System.Text;

namespace HaiPhongUrban.Portal.Serving;

/// <summary>
/// What the live preview adds to a page it serves, and only there (the built files never carry it): the
/// preview's style and reload script as files of the same origin, so netlify.toml's Content-Security-Policy
/// (no inline script or style) holds in the preview too; and, while the content has an error, the
/// <see cref="ProblemPanel"/> as the body's first element.
/// </summary>
public static class PreviewPage
{
    public const string ScriptUrl = "/__portal/reload.js";
    public const string StyleUrl = "/__portal/preview.css";
    public const string EventsUrl = "/__portal/events";

    /// <summary>
    /// The page with the preview's additions. <paramref name="etag"/> is what the server sends as the page's
    /// ETag: the script compares it with a fresh one after each build and reloads when they differ.
    /// </summary>
    public static byte[] Decorate(byte[] page, string? panel, string etag)
    {
        var html = Encoding.UTF8.GetString(page);
        var head = $"<link rel=\"stylesheet\" href=\"{StyleUrl}\"><script src=\"{ScriptUrl}\" data-etag=\"{etag}\" defer></script>";
        var headEnd = html.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
        html = headEnd < 0 ? head + html : html.Insert(headEnd, head);
        if (panel is not null)
        {
            var bodyStart = html.IndexOf("<body", StringComparison.OrdinalIgnoreCase);
            var bodyOpened = bodyStart < 0 ? -1 : html.IndexOf('>', bodyStart);
            html = bodyOpened < 0 ? panel + html : html.Insert(bodyOpened + 1, panel);
        }

        return Encoding.UTF8.GetBytes(html);
    }

    /// <summary>The preview's own files, embedded in the program.</summary>
    public static byte[]? Asset(string path)
    {
        var name = path switch
        {
            ScriptUrl => "Serving.reload.js",
            StyleUrl => "Serving.preview.css",
            _ => null,
        };
        if (name is null)
        {
            return null;
        }

        using var stream = typeof(PreviewPage).Assembly.GetManifestResourceStream(name)!;
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }
}
