using System.Text;

namespace HaiPhongUrban.Portal.Kernel.Downloads;

/// <summary>
/// A SHA256SUMS file: one line per published download in the format <c>sha256sum -c</c> reads, so anyone can
/// check a downloaded copy with a standard tool. The portal writes one at the root, for a copy of every download
/// kept as the site lays them out, and one in each dataset's folder, for a folder holding just that dataset.
/// </summary>
public static class ChecksumList
{
    /// <summary>The name every checksum list has, the one <c>sha256sum -c</c>'s users expect.</summary>
    public const string FileName = "SHA256SUMS";

    /// <summary>
    /// "&lt;64 lower-case hex&gt;  &lt;path&gt;\n" for each file, the path relative to <paramref name="folderUrl"/>
    /// (the list's own folder, so the check runs from there in a copy of it), sorted by path in ordinal order so the
    /// file is the same whatever order the files were written in. A path is written as its UTF-8 bytes, as the file
    /// is named on disk; one holding a backslash, LF or CR is escaped the way sha256sum writes and reads it (the
    /// line starts with a backslash, then <c>\\</c>, <c>\n</c>, <c>\r</c> in the name), since a plan's dossier file
    /// may be named anything a file system allows. A file outside the folder, a file listed twice with two
    /// checksums, a checksum that is not SHA-256 in lower-case hex, or a checksum list among the files (a list
    /// cannot hold its own checksum) is a bug upstream.
    /// </summary>
    public static byte[] Serialise(IEnumerable<(string Url, string Sha256)> downloads, string folderUrl = "/")
    {
        var byPath = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var download in downloads)
        {
            var path = RelativePath(download.Url, folderUrl);
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
            var escaped = path.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("\n", @"\n", StringComparison.Ordinal).Replace("\r", @"\r", StringComparison.Ordinal);
            text.Append(escaped.Length == path.Length ? string.Empty : @"\").Append(sha256).Append("  ").Append(escaped).Append('\n');
        }

        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text.ToString());
    }

    private static string RelativePath(string url, string folderUrl)
    {
        if (!url.StartsWith(folderUrl, StringComparison.Ordinal) || !folderUrl.EndsWith('/') || url.Length == folderUrl.Length || url.EndsWith('/'))
        {
            throw new ArgumentException($"'{url}' is not the site-relative URL of a file in '{folderUrl}'.", "downloads");
        }

        if (url.EndsWith("/" + FileName, StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{url}' is a checksum list, which no checksum list holds.", "downloads");
        }

        return url[folderUrl.Length..];
    }

    private static bool IsSha256Hex(string value) =>
        value.Length == 64 && value.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');
}
