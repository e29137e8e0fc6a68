using HaiPhongUrban.Portal.Sections.Datasets.Model;
using System.Text;

namespace HaiPhongUrban.Portal.Sections.Datasets.Publishing;

/// <summary>
/// /SHA256SUMS: one line per published file in the format <c>sha256sum -c</c> reads, so anyone can
/// check a downloaded copy of the portal's data with a standard tool.
/// </summary>
public static class ChecksumList
{
    /// <summary>
    /// "&lt;64 lower-case hex&gt;  &lt;path&gt;\n" for each file, the path relative to the output root (so the
    /// check runs from the root of a copy of the site), sorted by path in ordinal order so the file is the
    /// same whatever order the files were written in. A file listed twice with two checksums, a checksum
    /// that is not SHA-256 in lower-case hex, or a path sha256sum would have to escape is a bug upstream.
    /// </summary>
    public static byte[] Serialise(IEnumerable<Download> downloads) => Serialise(downloads.Select(d => (d.Url, d.Sha256)));

    /// <inheritdoc cref="Serialise(IEnumerable{Download})"/>
    public static byte[] Serialise(IEnumerable<(string Url, string Sha256)> downloads)
    {
        var byPath = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var download in downloads)
        {
            var path = RelativePath(download.Url);
            if (!IsSha256Hex(download.Sha256))
            {
                throw new ArgumentException($"'{download.Url}': '{download.Sha256}' is not a lower-case hex SHA-256.", nameof(downloads));
            }

            if (byPath.TryGetValue(path, out var earlier) && earlier != download.Sha256)
            {
                throw new ArgumentException($"'{download.Url}' is listed twice with different checksums.", nameof(downloads));
            }

            byPath[path] = download.Sha256;
        }

        var text = new StringBuilder();
        foreach (var (path, sha256) in byPath)
        {
            text.Append(sha256).Append("  ").Append(path).Append('\n');
        }

        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text.ToString());
    }

    private static string RelativePath(string url)
    {
        // sha256sum escapes names holding '\' or a newline, and every URL here is site-relative ASCII.
        if (!url.StartsWith('/') || url.EndsWith('/') || url.Any(c => c is '\\' or '\n' or '\r' || !char.IsAscii(c)))
        {
            throw new ArgumentException($"'{url}' is not the site-relative URL of a file.", "downloads");
        }

        return url[1..];
    }

    private static bool IsSha256Hex(string value) =>
        value.Length == 64 && value.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');
}
