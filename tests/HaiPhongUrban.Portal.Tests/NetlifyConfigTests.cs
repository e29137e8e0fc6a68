using HaiPhongUrban.Portal.Tests.Support;
using Tomlyn;
using Tomlyn.Model;

namespace HaiPhongUrban.Portal.Tests;

/// <summary>netlify.toml parses, builds into output/, and sends the security and caching headers.</summary>
public sealed class NetlifyConfigTests
{
    private static readonly TomlTable Config = TomlSerializer.Deserialize<TomlTable>(File.ReadAllText(Path.Combine(RepoPaths.Root, "netlify.toml")))!;

    private static TomlTable HeadersFor(string path) =>
        (TomlTable)((TomlTableArray)Config["headers"]).Single(h => (string)h["for"] == path)["values"];

    [Fact]
    public void Build_publishes_the_output_folder_with_a_command_that_exists()
    {
        var build = (TomlTable)Config["build"];

        Assert.Equal("output", build["publish"]);
        Assert.Equal("bash .ci/netlify-build", build["command"]);
        Assert.True(File.Exists(Path.Combine(RepoPaths.Root, ".ci", "netlify-build")));
    }

    [Fact]
    public void Every_page_gets_the_security_headers_and_a_csp_without_unsafe_inline()
    {
        var headers = HeadersFor("/*");
        var csp = (string)headers["Content-Security-Policy"];

        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("style-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.StartsWith("max-age=", (string)headers["Strict-Transport-Security"], StringComparison.Ordinal);
        Assert.Equal("nosniff", headers["X-Content-Type-Options"]);
        Assert.Equal("strict-origin-when-cross-origin", headers["Referrer-Policy"]);
        Assert.Contains("camera=()", (string)headers["Permissions-Policy"], StringComparison.Ordinal);
    }

    [Fact]
    public void Fingerprinted_assets_are_cached_for_a_year_as_immutable()
    {
        var cache = (string)HeadersFor("/assets/*")["Cache-Control"];

        Assert.Contains("max-age=31536000", cache, StringComparison.Ordinal);
        Assert.Contains("immutable", cache, StringComparison.Ordinal);
    }
}
