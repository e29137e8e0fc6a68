using HaiPhongUrban.Portal.Serving;
using System.Text;

namespace HaiPhongUrban.Portal.Tests.Serving;

/// <summary>A built site held in memory: its files by URL path, _redirects read but never served, and which files a rebuild changed.</summary>
public sealed class PublishedSiteTests
{
    private static PublishedSite Site(params (string Path, string Text)[] files) =>
        PublishedSite.Of(files.ToDictionary(f => f.Path, f => Encoding.UTF8.GetBytes(f.Text)));

    [Fact]
    public void Finds_files_by_their_path_from_the_root_and_hides_redirects()
    {
        var site = Site(("index.html", "home"), ("ket-luan/index.html", "text"), ("_redirects", "/cu/ /ket-luan/ 301\n"));

        Assert.Equal("text", Encoding.UTF8.GetString(site.File("/ket-luan/index.html")!));
        Assert.Null(site.File("/_redirects"));
        Assert.Null(site.File("/../index.html"));
        var rule = Assert.Single(site.Redirects);
        Assert.Equal(("/cu/", "/ket-luan/", 301), (rule.From, rule.To, rule.Status));
    }

    [Fact]
    public void Names_the_files_a_rebuild_changed_added_or_removed()
    {
        var before = Site(("index.html", "home"), ("a/index.html", "a"), ("gone.txt", "x"));
        var after = Site(("index.html", "home"), ("a/index.html", "a2"), ("new.txt", "y"));

        Assert.Equal(["/a/index.html", "/gone.txt", "/new.txt"], after.ChangedSince(before));
        Assert.Empty(after.ChangedSince(after));
        Assert.Equal(3, after.ChangedSince(PublishedSite.Empty).Count);
    }

    [Fact]
    public void Reads_a_built_folder()
    {
        var folder = Directory.CreateTempSubdirectory("portal-site-");
        try
        {
            Directory.CreateDirectory(Path.Combine(folder.FullName, "ket-luan"));
            File.WriteAllText(Path.Combine(folder.FullName, "ket-luan", "index.html"), "text");

            var site = PublishedSite.Read(folder.FullName);

            Assert.Equal(1, site.FileCount);
            Assert.NotNull(site.File("/ket-luan/index.html"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
