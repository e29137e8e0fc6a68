namespace HaiPhongUrban.Portal.Tests.Support;

/// <summary>
/// A throw-away copy of the real content (and theme) in a temporary folder, optionally with the files
/// of a broken fixture (tests/fixtures/broken/&lt;case&gt;/) laid over it, so each broken fixture holds
/// only the file it breaks and everything else is the real, current content.
/// </summary>
public sealed class Workspace : IDisposable
{
    private Workspace(string root)
    {
        Root = root;
        Content = Path.Combine(root, "content");
        Theme = Path.Combine(root, "theme");
        Output = Path.Combine(root, "output");
    }

    public string Root { get; }

    public string Content { get; }

    public string Theme { get; }

    public string Output { get; }

    public static Workspace Create(string? brokenCase = null)
    {
        var root = Path.Combine(Path.GetTempPath(), "portal-tests", Guid.NewGuid().ToString("N"));
        var workspace = new Workspace(root);
        Copy(RepoPaths.Content, workspace.Content);
        Copy(RepoPaths.Theme, workspace.Theme);
        if (brokenCase is not null)
        {
            workspace.Overlay(Path.Combine(RepoPaths.Fixtures, "broken", brokenCase));
        }

        return workspace;
    }

    public string ContentFile(string relative) => Path.Combine(Content, relative);

    /// <summary>Puts the repository's netlify.toml at the workspace's root, where serve looks for it.</summary>
    public Workspace WithNetlifyConfig()
    {
        File.Copy(Path.Combine(RepoPaths.Root, "netlify.toml"), Path.Combine(Root, "netlify.toml"));
        return this;
    }

    /// <summary>
    /// Puts the repository's published-urls.txt beside the content folder, where the portal looks for it, without
    /// the lines <paramref name="leftOut"/>: the state of a change that has just added those addresses.
    /// </summary>
    public string WithPublishedUrls(params string[] leftOut)
    {
        var list = Path.Combine(Root, "published-urls.txt");
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Root, "published-urls.txt"));
        Assert.All(leftOut, url => Assert.Contains(url, lines)); // a line the list does not hold would test nothing
        File.WriteAllLines(list, lines.Where(line => !leftOut.Contains(line)));
        return list;
    }

    public string ThemeFile(string relative) => Path.Combine(Theme, relative);

    /// <summary>Sets site.yml's <c>language:</c>, the interface language, as staff would by editing that line.</summary>
    public void UseInterfaceLanguage(string language)
    {
        var settings = ContentFile("site.yml");
        var text = File.ReadAllText(settings);
        var changed = System.Text.RegularExpressions.Regex.Replace(text, @"(?m)^language: .*$", "language: " + language);
        Assert.NotEqual(text, changed); // the seed says "language: vi"; a rewrite that misses it would test nothing
        File.WriteAllText(settings, changed);
    }

    /// <summary>Replaces one exact piece of a workspace file (relative to the root: "theme/i18n/en.yml"), failing if it is not there.</summary>
    public void Edit(string relative, string old, string replacement)
    {
        var path = Path.Combine(Root, relative);
        var text = File.ReadAllText(path);
        Assert.Contains(old, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(old, replacement, StringComparison.Ordinal));
    }

    /// <summary>Lays a fixture folder over the workspace: its <c>theme/</c> over the theme, the rest over content.</summary>
    public void Overlay(string fixtureFolder)
    {
        foreach (var file in Directory.EnumerateFiles(fixtureFolder, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(fixtureFolder, file);
            var target = relative.StartsWith("theme" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                ? Path.Combine(Root, relative)
                : Path.Combine(Content, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
