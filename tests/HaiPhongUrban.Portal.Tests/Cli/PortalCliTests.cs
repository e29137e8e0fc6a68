using HaiPhongUrban.Portal.Cli;
using HaiPhongUrban.Portal.Kernel.Output;
using HaiPhongUrban.Portal.Tests.Support;

namespace HaiPhongUrban.Portal.Tests.Cli;

/// <summary>The command line as staff and CI use it: exit codes, message form, output left alone on failure.</summary>
public sealed class PortalCliTests
{
    private static (int Code, string Out, string Err) Run(string workingDirectory, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = PortalCli.Run(args, workingDirectory, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Build_with_default_folders_writes_the_site_and_exits_zero()
    {
        using var workspace = Workspace.Create();

        var (code, stdout, stderr) = Run(workspace.Root, "build");

        Assert.Equal(0, code);
        Assert.Contains("output/", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("error:", stderr, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(workspace.Output, "ket-luan", "index.html")));
    }

    [Fact]
    public void The_closing_line_counts_every_file_written_redirects_included()
    {
        using var workspace = Workspace.Create();

        var (_, stdout, _) = Run(workspace.Root, "build");

        // The build's mark is not a file of the site (never deployed nor served), so it is not counted.
        var written = Directory.EnumerateFiles(workspace.Output, "*", SearchOption.AllDirectories).Count(f => Path.GetFileName(f) != OutputMark.FileName);
        Assert.True(File.Exists(Path.Combine(workspace.Output, OutputMark.FileName)));
        var pages = Directory.EnumerateFiles(workspace.Output, "*.html", SearchOption.AllDirectories).Count();
        Assert.True(File.Exists(Path.Combine(workspace.Output, "_redirects")));
        Assert.EndsWith($"Đã dựng {pages} trang ({written} tệp) vào output/.{Environment.NewLine}", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_offline_writes_the_copy_to_open_from_disk_and_help_names_the_option()
    {
        using var workspace = Workspace.Create();

        var (code, _, stderr) = Run(workspace.Root, "build", "--offline", "--output", "ban-sao");

        Assert.Equal(0, code);
        Assert.DoesNotContain("error:", stderr, StringComparison.Ordinal);
        var page = BuiltSite.Parse(Path.Combine(workspace.Root, "ban-sao", "ket-luan", "index.html"));
        Assert.StartsWith("../assets/site.", page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal("../du-lieu/index.html", page.QuerySelector(".site-nav a[href*='du-lieu']")!.GetAttribute("href"));
        Assert.Contains("--offline", Run(workspace.Root, "build", "--help").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Base_url_option_gives_absolute_catalogue_urls_while_site_yml_has_none()
    {
        using var workspace = Workspace.Create();

        var (code, _, stderr) = Run(workspace.Root, "build", "--base-url", "https://deploy-preview.example.org");

        Assert.Equal(0, code);
        Assert.DoesNotContain("'base_url'", stderr, StringComparison.Ordinal);
        var catalog = File.ReadAllText(Path.Combine(workspace.Output, "data.json"));
        Assert.Contains("\"downloadURL\": \"https://deploy-preview.example.org/du-lieu/", catalog, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"canonical\" href=\"https://deploy-preview.example.org/ket-luan/\">", File.ReadAllText(Path.Combine(workspace.Output, "ket-luan", "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void Failed_build_exits_one_prints_relative_locations_and_leaves_the_previous_output_untouched()
    {
        using var workspace = Workspace.Create();
        Assert.Equal(0, Run(workspace.Root, "build").Code);
        var before = Snapshot(workspace.Output);
        workspace.Overlay(Path.Combine(RepoPaths.Fixtures, "broken", "malformed-yaml"));

        var (code, _, stderr) = Run(workspace.Root, "build");

        Assert.Equal(1, code);
        Assert.Contains("content/van-ban.yml:9:", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal); // no stack trace
        Assert.Equal(before, Snapshot(workspace.Output));
    }

    [Fact]
    public void Validate_writes_nothing_and_speaks_english_on_request()
    {
        using var workspace = Workspace.Create("unknown-id");

        var (code, _, stderr) = Run(workspace.Root, "validate", "--lang", "en");

        Assert.Equal(1, code);
        Assert.Contains("content/ket-luan/bien-tap.yml:31:7: error: There is no paragraph with the id 'han-che-9'", stderr, StringComparison.Ordinal);
        Assert.Contains("2 error(s)", stderr, StringComparison.Ordinal); // and han-che-6 lost its short title
        Assert.False(Directory.Exists(workspace.Output));
    }

    [Fact]
    public void Messages_are_vietnamese_by_default()
    {
        using var workspace = Workspace.Create("unknown-id");

        var (_, _, stderr) = Run(workspace.Root, "validate");

        Assert.Contains("error: Không có đoạn nào mang mã 'han-che-9'", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("content")]
    [InlineData("theme")]
    [InlineData("content/pages")]
    [InlineData("theme/layouts")]
    [InlineData(".")]
    [InlineData("/")]
    public void Build_refuses_an_output_folder_that_would_destroy_sources(string output)
    {
        using var workspace = Workspace.Create();
        var before = Snapshot(workspace.Content);

        var (code, _, stderr) = Run(workspace.Root, "build", "--output", output);

        Assert.Equal(1, code);
        Assert.Contains("error:", stderr, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(workspace.Content));
    }

    [Fact]
    public void Unknown_option_value_is_a_usage_error()
    {
        var (code, _, _) = Run(RepoPaths.Root, "validate", "--lang", "fr");

        Assert.NotEqual(0, code);
    }

    private static IReadOnlyDictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));
}
