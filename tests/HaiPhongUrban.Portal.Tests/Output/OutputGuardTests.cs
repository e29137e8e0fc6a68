using HaiPhongUrban.Portal.Cli;
using HaiPhongUrban.Portal.Kernel.Output;
using HaiPhongUrban.Portal.Tests.Cli;
using HaiPhongUrban.Portal.Tests.Support;

namespace HaiPhongUrban.Portal.Tests.Output;

/// <summary>
/// <c>--output</c> never deletes what the portal did not write (issue 18, item 1): a folder of someone
/// else's files is refused with the folder named and nothing in it touched; home and root folders are
/// refused whatever they hold; the portal's own output (marked, or an earlier version's build recognised
/// by its SHA256SUMS) is replaced.
/// </summary>
public sealed class OutputGuardTests(PreviousOutput previous) : IClassFixture<PreviousOutput>
{
    [Fact]
    public void A_folder_of_other_files_is_refused_and_nothing_in_it_is_deleted()
    {
        using var workspace = Workspace.Create();
        var notes = Path.Combine(workspace.Root, "ghi-chep");
        Directory.CreateDirectory(Path.Combine(notes, ".ssh"));
        File.WriteAllText(Path.Combine(notes, "ghi-chu.txt"), "x");
        File.WriteAllText(Path.Combine(notes, ".ssh", "id_ed25519"), "secret");

        var (code, stderr) = Run(workspace.Root, "build", "--lang", "en", "--output", "ghi-chep");

        Assert.Equal(PortalCli.ContentErrors, code);
        Assert.StartsWith("ghi-chep:1:1: error: Refusing to write the site into '" + notes + "': it holds files the portal did not write", stderr, StringComparison.Ordinal);
        Assert.Equal("x", File.ReadAllText(Path.Combine(notes, "ghi-chu.txt")));
        Assert.Equal("secret", File.ReadAllText(Path.Combine(notes, ".ssh", "id_ed25519")));
        Assert.Equal(2, Directory.EnumerateFileSystemEntries(notes).Count());
        Assert.Empty(Directory.GetDirectories(workspace.Root, ".ghi-chep.staging-*"));
        Assert.Contains("'" + notes + "'", Run(workspace.Root, "build", "--output", "ghi-chep").Err, StringComparison.Ordinal); // Vietnamese too
    }

    [Fact]
    public void The_home_folder_is_refused()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        using var workspace = Workspace.Create();

        var (code, stderr) = Run(workspace.Root, "build", "--lang", "en", "--output", home);

        Assert.Equal(PortalCli.ContentErrors, code);
        Assert.Contains("error: Refusing to write the site into '" + home + "' because it is a root, home or temporary folder", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_repository_root_is_refused_even_with_content_elsewhere()
    {
        // The folder holding the project (README, src, .git) has no mark: it is someone's files.
        using var workspace = Workspace.Create();
        File.WriteAllText(Path.Combine(workspace.Root, "README.md"), "# dự án");

        var (code, stderr) = Run(workspace.Root, "build", "--lang", "en", "--output", ".");

        Assert.Equal(PortalCli.ContentErrors, code);
        Assert.Contains("because it is, is inside, or contains the content folder", stderr, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(workspace.Root, "README.md")));
    }

    [Fact]
    public void A_file_given_as_output_is_refused_and_kept()
    {
        using var workspace = Workspace.Create();
        File.WriteAllText(Path.Combine(workspace.Root, "site.zip"), "zip");

        var (code, stderr) = Run(workspace.Root, "build", "--lang", "en", "--output", "site.zip");

        Assert.Equal(PortalCli.ContentErrors, code);
        Assert.Contains("because it is a file, not a folder", stderr, StringComparison.Ordinal);
        Assert.Equal("zip", File.ReadAllText(Path.Combine(workspace.Root, "site.zip")));
    }

    [Fact]
    public void A_build_marks_its_output_and_replaces_a_marked_or_empty_folder()
    {
        using var workspace = Workspace.Create();
        Directory.CreateDirectory(workspace.Output);

        Assert.Equal(PortalCli.Success, Run(workspace.Root, "build").Code);
        Assert.Equal(OutputMark.Text, File.ReadAllText(Path.Combine(workspace.Output, OutputMark.FileName)));
        Assert.Equal(PortalCli.Success, Run(workspace.Root, "build").Code);
    }

    [Fact]
    public void An_output_an_earlier_version_built_without_a_mark_is_recognised_once_and_marked()
    {
        using var workspace = Workspace.Create();
        previous.CopyTo(workspace.Output);
        File.Delete(Path.Combine(workspace.Output, OutputMark.FileName)); // as versions before the mark left it

        var (code, stderr) = Run(workspace.Root, "build", "--lang", "en");

        Assert.True(code == PortalCli.Success, stderr);
        Assert.True(File.Exists(Path.Combine(workspace.Output, OutputMark.FileName)));
    }

    [Fact]
    public void An_unmarked_site_whose_checksums_do_not_match_is_not_taken_for_a_build()
    {
        using var workspace = Workspace.Create();
        previous.CopyTo(workspace.Output);
        File.Delete(Path.Combine(workspace.Output, OutputMark.FileName));
        var listed = File.ReadLines(Path.Combine(workspace.Output, "SHA256SUMS")).First()[66..];
        File.AppendAllText(Path.Combine(workspace.Output, listed), "edited by hand");

        var (code, stderr) = Run(workspace.Root, "build", "--lang", "en");

        Assert.Equal(PortalCli.ContentErrors, code);
        Assert.Contains("it holds files the portal did not write", stderr, StringComparison.Ordinal);
        Assert.EndsWith("edited by hand", File.ReadAllText(Path.Combine(workspace.Output, listed)), StringComparison.Ordinal);
    }

    private static (int Code, string Err) Run(string workingDirectory, params string[] args)
    {
        var stderr = new StringWriter();
        var code = PortalCli.Run(args, workingDirectory, new StringWriter(), stderr);
        return (code, stderr.ToString());
    }
}
