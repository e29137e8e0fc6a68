using HaiPhongUrban.Portal.Kernel.Diagnostics;
using System.Text.RegularExpressions;

namespace HaiPhongUrban.Portal.Kernel.Output;

/// <summary>
/// What a build killed part-way leaves beside the output folder, and how the next build puts it right
/// before it starts. A build owns exactly two kinds of sibling, named after the output folder
/// <c>out</c>: its staging folder <c>.out.staging-XXXXXXXX</c> (8 hex digits) and, during the swap, the
/// old output set aside as <c>.out.staging-XXXXXXXX.previous</c>. Nothing else is ever moved or deleted.
/// <list type="bullet">
/// <item>Killed while writing, or after the swap: the output is there; every such sibling is debris and is removed.</item>
/// <item>Killed between the two renames of the swap, no output: the staging folder beside the set-aside
/// one is complete when it carries <see cref="OutputMark"/> (written last), so it is renamed in (the swap
/// finished); otherwise the set-aside old site goes back (the swap rolled back).</item>
/// <item>A first build killed after it marked its staging folder, no output and nothing set aside: that complete site is renamed in.</item>
/// </list>
/// </summary>
public static class InterruptedSwap
{
    public const string PreviousSuffix = ".previous";

    /// <summary>The name of a staging folder up to its random part: <c>.out.staging-</c>.</summary>
    public static string StagingPrefix(string outputDirectory) =>
        $".{Path.GetFileName(Path.TrimEndingDirectorySeparator(outputDirectory))}.staging-";

    /// <returns>False when the folders could not be moved or deleted (reported).</returns>
    public static bool Recover(string outputDirectory, DiagnosticBag diagnostics)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        var here = SourceLocation.StartOf(output);
        try
        {
            if (!Path.Exists(output) && Restore(output) is { } restored)
            {
                diagnostics.Warning(here, restored.Finished ? Messages.OutputSwapFinished : Messages.OutputSwapRolledBack, Path.GetFileName(restored.From));
            }

            foreach (var leftover in Siblings(output))
            {
                Delete(leftover);
            }

            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(here, Messages.OutputWriteFailed, ex.Message);
            return false;
        }
    }

    /// <summary>Deletes a folder this build or an earlier one made, its mark first (see <see cref="StagingFolder.Discard"/>).</summary>
    public static void Delete(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        File.Delete(Path.Combine(folder, OutputMark.FileName));
        // A folder at a time on every core: the old copy of a 10,000-page site is 20,000 files, and removing
        // them one after another was the last 0.3 s of every build.
        Parallel.ForEach(Directory.EnumerateDirectories(folder), sub => Directory.Delete(sub, recursive: true));
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>Puts a site back where the output was: the name of the folder used, and whether the interrupted swap was finished (or rolled back).</summary>
    private static (string From, bool Finished)? Restore(string output)
    {
        var siblings = Siblings(output);
        foreach (var previous in siblings.Where(s => s.EndsWith(PreviousSuffix, StringComparison.Ordinal)))
        {
            var staging = previous[..^PreviousSuffix.Length];
            var finished = Directory.Exists(staging) && OutputMark.IsMarked(staging);
            var from = finished ? staging : previous;
            Directory.Move(from, output);
            return (from, finished);
        }

        if (siblings.FirstOrDefault(OutputMark.IsMarked) is { } complete)
        {
            Directory.Move(complete, output);
            return (complete, true);
        }

        return null;
    }

    /// <summary>The staging and set-aside folders of this output, in ordinal order; nothing of any other name.</summary>
    private static List<string> Siblings(string output)
    {
        var parent = Path.GetDirectoryName(output);
        if (parent is null || !Directory.Exists(parent))
        {
            return [];
        }

        var pattern = new Regex("^" + Regex.Escape(StagingPrefix(output)) + "[0-9a-f]{8}(" + Regex.Escape(PreviousSuffix) + ")?$", RegexOptions.CultureInvariant);
        return Directory.EnumerateDirectories(parent)
            .Where(d => pattern.IsMatch(Path.GetFileName(d)) && new DirectoryInfo(d).LinkTarget is null)
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
