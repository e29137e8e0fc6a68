using HaiPhongUrban.Portal.Serving;
using System.Net;

namespace HaiPhongUrban.Portal.Tests.Serving;

/// <summary>The test server answers like Netlify, or the browser tests would check a different site from the one visitors get.</summary>
public sealed class SiteServerTests : IAsyncLifetime, IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "portal-tests", Guid.NewGuid().ToString("N"));
    private readonly HttpClient _client = new(new HttpClientHandler { AllowAutoRedirect = false });
    private SiteServer? _server;

    private static readonly NetlifyHeaderRules Rules = new(
    [
        new NetlifyHeaderRule("/*", new Dictionary<string, string> { ["Content-Security-Policy"] = "default-src 'none'" }),
        new NetlifyHeaderRule("/du-lieu/*.csv", new Dictionary<string, string> { ["Content-Type"] = "text/csv; charset=utf-8", ["Content-Disposition"] = "attachment" }),
    ]);

    public async Task InitializeAsync()
    {
        Write("index.html", "<p>home</p>");
        Write("ket-luan/index.html", "<p>full text</p>");
        Write("404.html", "<p>not found</p>");
        Write("du-lieu/a/b.csv", "x\n1\n");
        Write("assets/site.css", "p{}");
        Write("SHA256SUMS", "0  b.csv\n");
        Write("_redirects", "# moved\n/cu/ /ket-luan/#han-che-5 301\n/tam/ /ket-luan/ 302\n/hien/ /ket-luan/ 200\n/ket-luan/ /du-lieu/a/b.csv 301\n/van-con.html /ket-luan/ 301!\n");
        Write("van-con.html", "<p>old</p>");
        _server = await SiteServer.StartAsync(PublishedSite.Read(_root), Rules);
    }

    [Theory]
    [InlineData("/", "text/html; charset=utf-8", "home")]
    [InlineData("/ket-luan/", "text/html; charset=utf-8", "full text")]
    [InlineData("/assets/site.css", "text/css; charset=utf-8", "p{}")]
    [InlineData("/du-lieu/a/b.csv", "text/csv; charset=utf-8", "x\n1\n")]
    [InlineData("/SHA256SUMS", "application/octet-stream", "0  b.csv\n")]
    public async Task Serves_files_and_folder_indexes_with_their_type(string path, string type, string body)
    {
        var response = await _client.GetAsync(_server!.Url(path));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType!.ToString());
        Assert.Contains(body, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Redirects_a_folder_to_its_trailing_slash()
    {
        var response = await _client.GetAsync(_server!.Url("/ket-luan?x=1"));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/ket-luan/?x=1", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/cu/", HttpStatusCode.MovedPermanently, "/ket-luan/#han-che-5")]
    [InlineData("/cu", HttpStatusCode.MovedPermanently, "/ket-luan/#han-che-5")]
    [InlineData("/tam/", HttpStatusCode.Found, "/ket-luan/")]
    [InlineData("/van-con.html", HttpStatusCode.MovedPermanently, "/ket-luan/")] // forced with '!'
    public async Task Follows_the_published_redirects_where_no_file_answers_or_when_forced(string path, HttpStatusCode status, string location)
    {
        var response = await _client.GetAsync(_server!.Url(path));

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(location, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_200_redirect_shows_the_new_page_at_the_old_address_and_an_existing_page_wins_over_its_rule()
    {
        var shown = await _client.GetAsync(_server!.Url("/hien/"));
        var existing = await _client.GetAsync(_server!.Url("/ket-luan/"));

        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.Contains("full text", await shown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, existing.StatusCode);
        Assert.Contains("full text", await existing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/_redirects")]
    [InlineData("/khong-co/")]
    [InlineData("/ket-luan/khong-co")]
    [InlineData("/assets/khong-co.css")]
    public async Task Answers_a_missing_path_with_404_and_the_not_found_page(string path)
    {
        var response = await _client.GetAsync(_server!.Url(path));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("<p>not found</p>", await response.Content.ReadAsStringAsync());
        Assert.Equal(["default-src 'none'"], response.Headers.GetValues("Content-Security-Policy"));
    }

    [Fact]
    public async Task Sends_the_headers_of_every_matching_rule()
    {
        var csv = await _client.GetAsync(_server!.Url("/du-lieu/a/b.csv"));
        var page = await _client.GetAsync(_server!.Url("/"));

        Assert.Equal(["default-src 'none'"], csv.Headers.GetValues("Content-Security-Policy"));
        Assert.Equal("attachment", csv.Content.Headers.ContentDisposition!.DispositionType);
        Assert.False(page.Content.Headers.Contains("Content-Disposition"));
    }

    public async Task DisposeAsync() => await _server!.DisposeAsync();

    public void Dispose()
    {
        _client.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    private void Write(string relative, string text)
    {
        var file = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, text);
    }
}
