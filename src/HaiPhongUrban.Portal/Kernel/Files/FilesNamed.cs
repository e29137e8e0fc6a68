using HaiPhongUrban.Portal.Kernel.Diagnostics;

namespace HaiPhongUrban.Portal.Kernel.Files;

/// <summary>
/// The files of a folder with one extension, matched the way staff's own systems match names: Windows
/// and macOS do not tell <c>trang-moi.MD</c> from <c>trang-moi.md</c>, so a page a preview shows there is
/// not silently dropped on Linux. Two names that differ only in case would be one file on those systems,
/// and are an error. Ordinal order, so every file system gives the same files in the same order.
/// </summary>
public static class FilesNamed
{
    private static readonly EnumerationOptions CaseInsensitive = new()
    {
        MatchCasing = MatchCasing.CaseInsensitive,
        MatchType = MatchType.Simple,
        AttributesToSkip = 0,
        IgnoreInaccessible = false,
        RecurseSubdirectories = false,
    };

    /// <param name="extension">With its dot (".md"), or "" for every file.</param>
    public static IReadOnlyList<string> In(string folder, string extension, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var files = Directory.EnumerateFiles(folder, "*" + extension, CaseInsensitive).Order(StringComparer.Ordinal).ToList();
        foreach (var twins in files.GroupBy(f => Path.GetFileName(f).ToLowerInvariant()).Where(g => g.Count() > 1))
        {
            var first = twins.First();
            foreach (var other in twins.Skip(1))
            {
                diagnostics.Error(SourceLocation.StartOf(other), Messages.FileNameCaseTwin, Path.GetFileName(other), Path.GetFileName(first));
            }
        }

        return files.GroupBy(f => Path.GetFileName(f).ToLowerInvariant()).Select(g => g.First()).ToList();
    }

    /// <summary>True when <paramref name="path"/> ends with <paramref name="extension"/>, whatever its case.</summary>
    public static bool HasExtension(string path, string extension) =>
        path.EndsWith(extension, StringComparison.OrdinalIgnoreCase);
}
