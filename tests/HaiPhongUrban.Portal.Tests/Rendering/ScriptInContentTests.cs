using HaiPhongUrban.Portal.Kernel.Urls;
using HaiPhongUrban.Portal.Sections.Pages.Validation;
using HaiPhongUrban.Portal.Tests.Support;
using System.Text.Json;
using AngleSharp.Dom;

namespace HaiPhongUrban.Portal.Tests.Rendering;

/// <summary>
/// Script typed into every kind of content field — titles in site.yml, a dataset, a document, an
/// editorial short title, a theme name, a CSV cell shown in a dataset's preview, a Markdown page's
/// front matter and body — built into a whole site: no page gains a script, an event attribute or a
/// javascript: address, the text is shown as typed, and the JSON files carry it escaped.
/// </summary>
public sealed class ScriptInContentTests(ScriptInContentSite site) : IClassFixture<ScriptInContentSite>
{
    private readonly Workspace _workspace = site.Workspace;

    private const string Script = ScriptInContentSite.Script;
    private const string Image = ScriptInContentSite.Image;
    private const string Both = ScriptInContentSite.Both;

    [Fact]
    public void No_built_page_has_a_script_an_event_attribute_or_a_javascript_address_of_content()
    {
        var pages = Directory.EnumerateFiles(_workspace.Output, "*.html", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(pages);
        foreach (var file in pages)
        {
            var page = BuiltSite.Parse(file);
            foreach (var script in page.QuerySelectorAll("script"))
            {
                // The theme's own scripts only: files of its assets, nothing inline.
                Assert.StartsWith("/assets/", script.GetAttribute("src") ?? "(inline script)", StringComparison.Ordinal);
                Assert.Equal(string.Empty, script.TextContent);
            }

            foreach (var element in page.All)
            {
                foreach (var attribute in element.Attributes)
                {
                    Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{file}: <{element.LocalName} {attribute.Name}>");
                    if (attribute.Name is "href" or "src" or "action" or "formaction" or "srcset")
                    {
                        Assert.True(ContentUrl.SchemeOf(attribute.Value) is null or "http" or "https" or "mailto", $"{file}: {attribute.Name}=\"{attribute.Value}\"");
                    }
                }
            }

            Assert.Empty(page.QuerySelectorAll("img[src='x'], div[onclick]"));
        }
    }

    [Theory]
    [InlineData("/", "header")]                                   // site.yml title, on every page
    [InlineData("/du-lieu/theo-doi-thuc-hien/", "h1")]            // dataset title
    [InlineData("/du-lieu/theo-doi-thuc-hien/", "main")]          // CSV cell in the preview
    [InlineData("/van-ban/nghi-quyet-04-nq-tu/", "main")]         // document title
    [InlineData("/ket-luan/ket-qua-1/", "main")]                   // editorial short title
    [InlineData("/du-lieu/", "main")]                             // theme name, in the catalogue's filters
    [InlineData("/thu-doc-hai/", "h1")]                           // page title
    [InlineData("/thu-doc-hai/", "article")]                      // raw HTML in the Markdown body
    public void What_was_typed_is_shown_as_text(string url, string selector)
    {
        var element = BuiltSite.Parse(FileOf(url)).QuerySelector(selector);

        Assert.NotNull(element);
        Assert.Contains(Script, element.TextContent, StringComparison.Ordinal);
        if (selector != "article")
        {
            Assert.Contains(Image, element.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Json_files_carry_the_text_escaped_and_unchanged()
    {
        var files = Directory.EnumerateFiles(_workspace.Output, "*.json*", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(files);
        var found = 0;
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotContain("<script", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img", text, StringComparison.OrdinalIgnoreCase);
            if (Strings(JsonDocument.Parse(text).RootElement).Any(s => s.Contains(Both, StringComparison.Ordinal)))
            {
                found++;
            }
        }

        Assert.True(found >= 3, "the titles and the CSV cell should reach data.json, the dataset's JSON and the search index"); // read back exactly
    }

    [Fact]
    public void Csv_downloads_keep_the_cell_as_typed()
    {
        var csv = Directory.EnumerateFiles(Path.Combine(_workspace.Output, "du-lieu", "theo-doi-thuc-hien"), "*.csv").ToList();

        Assert.NotEmpty(csv);
        Assert.All(csv, f => Assert.Contains($"Ghi chú {Both}", File.ReadAllText(f), StringComparison.Ordinal));
    }

    private string FileOf(string url) => Path.Combine(_workspace.Output, Portal.Kernel.Urls.UrlPath.OutputFile(url));

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        _ => [],
    };
}
