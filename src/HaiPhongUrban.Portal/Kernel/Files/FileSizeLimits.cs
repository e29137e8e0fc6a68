using System.Globalization;

namespace HaiPhongUrban.Portal.Kernel.Files;

/// <summary>
/// The largest file of each kind the build reads whole into memory. Each is hundreds of times the
/// largest real file of its kind (ket-luan.yml, the biggest, is 22 KB), so only a mistake or an
/// attack reaches it, and the build says so instead of spending minutes and gigabytes first.
/// Dataset CSV files have no limit: they are streamed row by row (a million rows build).
/// </summary>
public static class FileSizeLimits
{
    public const long Yaml = 4 << 20;
    public const long Markdown = 4 << 20;
    public const long Template = 1 << 20;
    public const long Asset = 8 << 20;

    /// <summary>The limit for a file, chosen by its extension, and the name of its kind for the message.</summary>
    public static (long Bytes, string Kind) For(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".yml" or ".yaml" => (Yaml, "YAML"),
        ".md" => (Markdown, "Markdown"),
        ".liquid" => (Template, "Liquid"),
        _ => (Asset, Path.GetExtension(path).TrimStart('.')),
    };

    /// <summary>A size in megabytes as messages show it: one decimal, invariant culture.</summary>
    public static string Megabytes(long bytes) => (bytes / 1048576.0).ToString("0.#", CultureInfo.InvariantCulture);
}
