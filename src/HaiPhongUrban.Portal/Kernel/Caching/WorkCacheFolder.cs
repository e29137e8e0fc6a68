using System.Reflection;

namespace HaiPhongUrban.Portal.Kernel.Caching;

/// <summary>
/// Where <c>build</c> keeps its <see cref="WorkCache"/>: <c>.cache/portal/</c> in the folder that holds
/// <c>content/</c> (the repository's root; git-ignored), never inside the output folder nor beside it in
/// the swap's way, and never in content or theme, whose files staff commit. Inside, one folder per
/// generation: a hash of this program's build (its module version id, new with every compile) and of every
/// file of the theme (templates, strings and assets shape the search index and the pages), so a new
/// version of either starts from an empty cache and the old one is removed.
/// </summary>
public static class WorkCacheFolder
{
    public const string RelativePath = ".cache/portal";

    private const int GenerationLength = 32;

    /// <summary>The folder for a content folder: <c>.cache/portal</c> beside it.</summary>
    public static string For(string contentDirectory) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(contentDirectory).TrimEnd(Path.DirectorySeparatorChar)) ?? ".", ".cache", "portal");

    /// <summary>
    /// The cache <c>build</c> uses, or <see cref="WorkCache.None"/> where the folder would lie inside the
    /// output, content or theme folder or hold one of them (a build never writes its cache where it
    /// publishes or where staff commit).
    /// </summary>
    public static WorkCache Open(string contentDirectory, string themeDirectory, string outputDirectory)
    {
        var folder = For(contentDirectory);
        if (new[] { outputDirectory, contentDirectory, themeDirectory }.Any(other => Overlap(folder, other)))
        {
            return WorkCache.None;
        }

        return WorkCache.OnDisk(folder, Generation(themeDirectory, ProgramVersion));
    }

    /// <summary>This program's build: its module version id, which every compile of changed code changes, and its version.</summary>
    public static string ProgramVersion { get; } =
        typeof(WorkCacheFolder).Assembly.ManifestModule.ModuleVersionId.ToString("N") + " "
        + (typeof(WorkCacheFolder).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? string.Empty);

    /// <summary>The program's build and the theme's bytes, hashed: what every entry of a generation was made with.</summary>
    public static string Generation(string themeDirectory, string programVersion)
    {
        using var key = new CacheKey();
        key.Add(programVersion);
        if (Directory.Exists(themeDirectory))
        {
            foreach (var file in Directory.EnumerateFiles(themeDirectory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                key.Add(Path.GetRelativePath(themeDirectory, file).Replace('\\', '/'));
                try
                {
                    key.Add(File.ReadAllBytes(file));
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    key.Add("unreadable"); // the build reports the file; the cache only needs to differ
                }
            }
        }

        return key.Finish()[..GenerationLength];
    }

    /// <summary>Whether a folder's name is one <see cref="Generation"/> gives (the only folders the cache ever removes).</summary>
    public static bool IsGenerationName(string name) =>
        name.Length == GenerationLength && name.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f');

    private static bool Overlap(string a, string b)
    {
        var first = Path.GetFullPath(a).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var second = Path.GetFullPath(b).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return first.StartsWith(second, StringComparison.Ordinal) || second.StartsWith(first, StringComparison.Ordinal);
    }
}
