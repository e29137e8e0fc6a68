using HaiPhongUrban.Portal.Kernel.Files;
using HaiPhongUrban.Portal.Kernel.Diagnostics;

namespace HaiPhongUrban.Portal.Tests.Loading;

/// <summary>Links that leave the folder, dangle or loop are refused; links that stay inside are not.</summary>
public sealed class FindLinksOutsideTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "portal-tests", "links-" + Guid.NewGuid().ToString("N"));

    public FindLinksOutsideTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "content", "pages"));
        File.WriteAllText(Path.Combine(_root, "content", "a.yml"), "a: 1");
        File.WriteAllText(Path.Combine(_root, "secret.txt"), "secret");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void A_link_inside_the_folder_is_allowed()
    {
        File.CreateSymbolicLink(Path.Combine(_root, "content", "pages", "b.yml"), "../a.yml");
        Directory.CreateSymbolicLink(Path.Combine(_root, "content", "pages2"), "pages");

        Assert.Empty(Run(out var diagnostics));
        Assert.Empty(diagnostics.Sorted());
    }

    [Fact]
    public void A_serve_rebuild_looks_only_at_the_paths_saved_and_walks_a_folder_among_them()
    {
        var content = Path.Combine(_root, "content");
        var page = Path.Combine(content, "pages", "trang.md");
        File.CreateSymbolicLink(page, "../../secret.txt");
        var folder = Directory.CreateDirectory(Path.Combine(content, "moi")).FullName;
        var inFolder = Path.Combine(folder, "x.yml");
        File.CreateSymbolicLink(inFolder, "/etc/passwd");

        Assert.Equal([page], FindLinksOutside.Run(content, "content", new DiagnosticBag(), only: [page]));
        Assert.Equal([inFolder], FindLinksOutside.Run(content, "content", new DiagnosticBag(), only: [folder]));
        Assert.Empty(FindLinksOutside.Run(content, "content", new DiagnosticBag(), only: [Path.Combine(content, "a.yml"), Path.Combine(content, "gone.md"), "/etc/passwd"]));
        Assert.Equal([inFolder, page], FindLinksOutside.Run(content, "content", new DiagnosticBag(), only: [content]));
    }

    [Theory]
    [InlineData("../../secret.txt")]     // out through '..'
    [InlineData("/etc/passwd")]          // absolute
    [InlineData("../missing.yml")]       // dangling
    [InlineData("loop")]                 // a link to itself
    public void A_link_out_dangling_or_looping_is_refused(string target)
    {
        var link = Path.Combine(_root, "content", "pages", "loop");
        File.CreateSymbolicLink(link, target);

        Assert.Equal([link], Run(out var diagnostics));
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal((Messages.LinkOutside, link), (error.Message, error.Location.FilePath));
    }

    [Fact]
    public void A_folder_linked_out_is_refused_once_and_not_walked()
    {
        Directory.CreateSymbolicLink(Path.Combine(_root, "content", "etc"), "/etc");

        Assert.Single(Run(out _));
    }

    private IReadOnlyList<string> Run(out DiagnosticBag diagnostics)
    {
        diagnostics = new DiagnosticBag();
        return FindLinksOutside.Run(Path.Combine(_root, "content"), "content", diagnostics);
    }
}
