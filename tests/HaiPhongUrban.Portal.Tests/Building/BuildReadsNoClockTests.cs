using HaiPhongUrban.Portal.Tests.Support;
using System.Text.RegularExpressions;

namespace HaiPhongUrban.Portal.Tests.Building;

/// <summary>
/// The build never reads the clock, the files' times or a random source into what it writes: every date
/// on the site comes from content. ReproducibleBuildTests shifts the clock of one build (faketime) and
/// compares the bytes, but only over the seed content; this guards the code paths it does not reach.
/// </summary>
public sealed partial class BuildReadsNoClockTests
{
    /// <summary>Files allowed to use one of these, and why: nothing they produce reaches the output.</summary>
    private static readonly IReadOnlyDictionary<string, string> Allowed = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Kernel/Output/StagingFolder.cs"] = "random name of the hidden staging folder, renamed to the output folder",
        ["Sections/Planning/Import/ImportPlanCommand.cs"] = "import-plan, not the build: today's date is the 'retrieved:' of the workbook in the plan.yml it drafts for staff, the day the dossier was read",
        ["Building/StageTimings.cs"] = "times each stage for --timings (the benchmark's stage times); the times are printed to stderr and reach no built file",
        ["Serving/PreviewSession.cs"] = "times each preview rebuild for the terminal line \"Đã dựng lại … trong N ms\"; the elapsed time is printed to the terminal and reaches no built file",
    };

    [GeneratedRegex(@"\b(DateTime(Offset)?\.(Now|UtcNow|Today)|TimeProvider|Stopwatch|Environment\.TickCount|GetLastWriteTime|GetCreationTime|LastWriteTime|CreationTime|LastAccessTime|Guid\.NewGuid|new Random\b|Random\.Shared|RandomNumberGenerator)")]
    private static partial Regex ClockOrChance();

    [Fact]
    public void No_source_file_reads_the_clock_file_times_or_chance_outside_the_allow_list()
    {
        var source = Path.Combine(RepoPaths.Root, "src", "HaiPhongUrban.Portal");
        var uses = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(source, file).Replace('\\', '/'))
            .Where(file => !file.StartsWith("obj/", StringComparison.Ordinal) && !file.StartsWith("bin/", StringComparison.Ordinal))
            .Where(file => !Allowed.ContainsKey(file))
            .SelectMany(file => File.ReadLines(Path.Combine(source, file))
                .Select((line, index) => (line, index))
                .Where(l => !l.line.TrimStart().StartsWith("//", StringComparison.Ordinal) && ClockOrChance().IsMatch(l.line))
                .Select(l => $"src/HaiPhongUrban.Portal/{file}:{l.index + 1}: {l.line.Trim()}"))
            .ToList();

        Assert.True(uses.Count == 0,
            "The build must give the same bytes at any time; take dates from content instead, or add the file to the allow-list with why nothing of it reaches the output:\n"
            + string.Join('\n', uses));
    }

    [Fact]
    public void The_allow_list_names_files_that_exist()
    {
        Assert.All(Allowed.Keys, file => Assert.True(File.Exists(Path.Combine(RepoPaths.Root, "src", "HaiPhongUrban.Portal", file)), file));
    }
}
