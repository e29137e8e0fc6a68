using HaiPhongUrban.Portal.Kernel.Diagnostics;

namespace HaiPhongUrban.Portal.Kernel.Output;

/// <summary>
/// Refuses an output folder whose replacement would destroy something else (a build must never delete a file it did not write): a root, home or
/// temporary folder, the content or theme folder or one that contains them, a file, or a folder holding
/// files the portal did not write. A build replaces its output folder whole, so these checks run before
/// anything is rendered. A folder is the portal's when it carries <see cref="OutputMark"/> (every build
/// writes it), or is an earlier version's build (<see cref="OutputMark.LooksLikeEarlierBuild"/>), or is empty.
/// </summary>
public static class OutputGuard
{
    /// <summary>Places no build may replace, whatever they hold.</summary>
    /// <returns>True when the folder is safe; otherwise the reason is reported.</returns>
    public static bool Check(string outputDirectory, string contentDirectory, string themeDirectory, DiagnosticBag diagnostics)
    {
        var output = Normalize(outputDirectory);
        var here = SourceLocation.StartOf(output);
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (Path.GetPathRoot(output) == output
            || output == Normalize(Path.GetTempPath())
            || (home.Length > 0 && (output == Normalize(home) || Normalize(home).StartsWith(output + Path.DirectorySeparatorChar, StringComparison.Ordinal))))
        {
            diagnostics.Error(here, Messages.OutputIsRoot, outputDirectory);
            return false;
        }

        foreach (var (folder, name) in new[] { (contentDirectory, "content"), (themeDirectory, "theme") })
        {
            var protectedFolder = Normalize(folder);
            // The folder itself, one that contains it, or one inside it: replacing any of them loses sources.
            if (protectedFolder == output
                || protectedFolder.StartsWith(output + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                || output.StartsWith(protectedFolder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                diagnostics.Error(here, Messages.OutputHoldsSources, outputDirectory, name);
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// After <see cref="InterruptedSwap.Recover"/>: the folder is missing, empty or the portal's own.
    /// Anything else is refused, and nothing in it is touched.
    /// </summary>
    public static bool CheckOwned(string outputDirectory, DiagnosticBag diagnostics)
    {
        var output = Normalize(outputDirectory);
        var here = SourceLocation.StartOf(output);
        if (File.Exists(output))
        {
            diagnostics.Error(here, Messages.OutputIsFile, outputDirectory);
            return false;
        }

        try
        {
            if (!Directory.Exists(output)
                || !Directory.EnumerateFileSystemEntries(output).Any()
                || OutputMark.IsMarked(output)
                || OutputMark.LooksLikeEarlierBuild(output))
            {
                return true;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(here, Messages.OutputWriteFailed, ex.Message);
            return false;
        }

        diagnostics.Error(here, Messages.OutputNotPortal, outputDirectory, OutputMark.FileName);
        return false;
    }

    private static string Normalize(string path) =>
        Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
}
