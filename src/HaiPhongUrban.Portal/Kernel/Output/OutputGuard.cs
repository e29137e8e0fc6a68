using HaiPhongUrban.Portal.Kernel.Diagnostics;

namespace HaiPhongUrban.Portal.Kernel.Output;

/// <summary>
/// Refuses an output folder whose replacement would destroy something else: a root folder, the
/// content or theme folder, or a folder that contains them (DESIGN.md). A build replaces its
/// output folder whole, so this check runs before anything is rendered.
/// </summary>
public static class OutputGuard
{
    /// <returns>True when the folder is safe; otherwise the reason is reported.</returns>
    public static bool Check(string outputDirectory, string contentDirectory, string themeDirectory, DiagnosticBag diagnostics)
    {
        var output = Normalize(outputDirectory);
        var here = SourceLocation.StartOf(output);
        if (Path.GetPathRoot(output) == output || output == Normalize(Path.GetTempPath()))
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

    private static string Normalize(string path) =>
        Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
}
