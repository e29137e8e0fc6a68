namespace HaiPhongUrban.Portal.Tests.Support;

/// <summary>Where the repository's real content, theme and test fixtures are, found from the test binary.</summary>
public static class RepoPaths
{
    public static readonly string Root = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    public static string Theme => Path.Combine(Root, "theme");

    public static string Fixtures => Path.Combine(Root, "tests", "fixtures");

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "HaiPhongUrban.Portal.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("HaiPhongUrban.Portal.sln not found above the test binary");
    }
}
