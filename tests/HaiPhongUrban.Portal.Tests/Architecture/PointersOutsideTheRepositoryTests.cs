using HaiPhongUrban.Portal.Tests.Support;

namespace HaiPhongUrban.Portal.Tests.Architecture;

/// <summary>
/// A comment that says "see the brief" helps nobody who cloned the repository: the brief and the style
/// guide the team started from live outside it. Every reason a comment gives is written in place, so no
/// file a maintainer reads names those two documents.
/// </summary>
public sealed class PointersOutsideTheRepositoryTests
{
    // Spelled in parts so that this file does not name them itself.
    private static readonly IReadOnlyList<string> OutsideDocuments = ["DESIGN" + ".md", "STYLE" + ".md"];

    private static readonly IReadOnlyList<string> ReadFolders = ["src", "tests", "theme", "tools", "docs", ".ci"];

    private static readonly IReadOnlyList<string> ReadFiles = ["README.md", "netlify.toml"];

    [Fact]
    public void No_file_a_maintainer_reads_points_to_the_brief_or_the_style_guide()
    {
        Assert.Empty(Pointers(RepoPaths.Root));
    }

    [Fact]
    public void The_check_finds_a_pointer_in_a_comment()
    {
        var root = Directory.CreateTempSubdirectory("pointers-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "src"));
            File.WriteAllText(Path.Combine(root, "src", "A.cs"), "// Why: see " + OutsideDocuments[0] + ".\n");
            File.WriteAllText(Path.Combine(root, "src", "B.cs"), "// Why: said here.\n");

            Assert.Equal(["src/A.cs:1"], Pointers(root));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static List<string> Pointers(string root)
    {
        var files = ReadFolders
            .Select(folder => Path.Combine(root, folder))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            .Where(path => !IsBuildOutput(root, path))
            .Concat(ReadFiles.Select(name => Path.Combine(root, name)).Where(File.Exists));

        return files
            .SelectMany(path => File.ReadLines(path)
                .Select((line, index) => (line, number: index + 1))
                .Where(l => OutsideDocuments.Any(name => l.line.Contains(name, StringComparison.Ordinal)))
                .Select(l => $"{Path.GetRelativePath(root, path).Replace('\\', '/')}:{l.number}"))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    // bin/, obj/ and node_modules/ hold what tools wrote, not what maintainers read.
    private static bool IsBuildOutput(string root, string path) =>
        Path.GetRelativePath(root, path).Split(Path.DirectorySeparatorChar)
            .Any(part => part is "bin" or "obj" or "node_modules");
}
