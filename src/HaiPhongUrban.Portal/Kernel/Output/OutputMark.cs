using System.Security.Cryptography;

namespace HaiPhongUrban.Portal.Kernel.Output;

/// <summary>
/// The file every build writes at the root of its output folder, last, so that a folder holding it is
/// (1) something the portal wrote, which the next build may replace whole, and (2) complete: a staging
/// folder that has it is a finished site, one that does not was cut short. It is a dot-file, which
/// Netlify never deploys, and it is written beside the site, not published: no URL, no line of
/// SHA256SUMS or sitemap.xml, and the preview does not serve it. Its bytes are fixed, so builds stay
/// reproducible.
/// </summary>
public static class OutputMark
{
    public const string FileName = ".haiphong-portal-output";

    public const string Text =
        "Thư mục này do HaiPhongUrban.Portal dựng; mỗi lần build thay thế toàn bộ thư mục. Đừng đặt tệp khác vào đây.\n"
        + "This folder was built by HaiPhongUrban.Portal; every build replaces it whole. Keep no other files in it.\n";

    /// <summary>Files an output folder of every version of the portal has at its root, and a folder of other files hardly would all have.</summary>
    private static readonly string[] EarlierBuildFiles = ["index.html", "404.html", "data.json", "SHA256SUMS"];

    public static bool IsMarked(string folder) => File.Exists(Path.Combine(folder, FileName));

    public static void WriteInto(string folder) => File.WriteAllText(Path.Combine(folder, FileName), Text);

    /// <summary>
    /// An output folder an earlier version of the portal built, before builds were marked: it has the
    /// portal's root files, and every file its SHA256SUMS lists is there with that checksum. Only the
    /// portal writes such a list of its own files, so other files are not mistaken for a site; the next
    /// build marks the folder, so this is needed once.
    /// </summary>
    public static bool LooksLikeEarlierBuild(string folder)
    {
        if (!EarlierBuildFiles.All(name => File.Exists(Path.Combine(folder, name))))
        {
            return false;
        }

        try
        {
            var lines = File.ReadLines(Path.Combine(folder, "SHA256SUMS")).Where(l => l.Length > 0).ToList();
            return lines.Count > 0 && lines.All(line => Listed(folder, line));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>One line of <c>sha256sum</c>'s format: 64 hex digits, two spaces, a path inside the folder.</summary>
    private static bool Listed(string folder, string line)
    {
        if (line.Length < 67 || line[64] != ' ' || line[65] != ' ')
        {
            return false;
        }

        var relative = line[66..];
        var path = Path.GetFullPath(Path.Combine(folder, relative));
        if (relative.StartsWith('/') || relative.Contains("..", StringComparison.Ordinal) || !File.Exists(path))
        {
            return false;
        }

        using var stream = File.OpenRead(path);
        return string.Equals(Convert.ToHexStringLower(SHA256.HashData(stream)), line[..64], StringComparison.OrdinalIgnoreCase);
    }
}
