using System.Text.Json;
using System.Text.RegularExpressions;
using HaiPhongUrban.Portal.Rendering;
using HaiPhongUrban.Portal.Sections.Following.Model;
using Xunit.Abstractions;

namespace HaiPhongUrban.Portal.Tests.Browser;

/// <summary>
/// What a citizen sees on a 390 px phone, the width of a common handset: the traceability matrix says
/// what each column is and that it scrolls, a SHA-256 stays compact enough to compare by eye, file names
/// break only between their parts, and the header's search box says what it is for.
/// </summary>
[Collection(BrowserSiteCollection.Name)]
public sealed class PhoneLayoutTests(BrowserSite site, ITestOutputHelper output)
{
    private const int PhoneWidth = 390;

    /// <summary>
    /// The lines an element's text is laid out on, found from each character's box, and the text before
    /// every line break: works for inline and block elements alike, whatever their line height.
    /// </summary>
    private const string Lines = """
        (el) => {
          const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
          const chars = [];
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            for (let i = 0; i < node.length; i++) {
              const range = document.createRange();
              range.setStart(node, i);
              range.setEnd(node, i + 1);
              const box = range.getClientRects()[0];
              if (box && node.data[i].trim() !== '') chars.push({ c: node.data[i], top: box.top });
            }
          }
          const breaks = [];
          let lines = chars.length > 0 ? 1 : 0;
          for (let i = 1; i < chars.length; i++) {
            if (chars[i].top > chars[i - 1].top + 2) {
              lines++;
              breaks.push({ before: chars[i - 1].c, after: chars[i].c, text: chars.slice(0, i).map(x => x.c).join('') });
            }
          }
          return { text: chars.map(x => x.c).join(''), lines, breaks };
        }
        """;

    [BrowserFact]
    public async Task The_matrix_names_its_columns_says_it_scrolls_and_the_page_itself_does_not()
    {
        await using var session = await site.OpenAsync(FollowingRoutes.Traceability, PhoneWidth, 800);
        var page = session.Page;

        // What a sighted reader sees in each column head, without the words only a screen reader gets.
        var heads = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('table.trace-matrix thead th[scope=col]')].map(th => {
              const copy = th.cloneNode(true);
              copy.querySelectorAll('.visually-hidden').forEach(e => e.remove());
              return copy.textContent.trim();
            })
            """);
        output.WriteLine(string.Join(" | ", heads));
        Assert.Equal(7, heads.Length);
        Assert.All(heads, head => Assert.Matches(@"^\(\d+\)\s*\p{L}", head));

        var region = page.Locator(".table-scroll:has(table.trace-matrix)");
        var scrolls = await region.EvaluateAsync<bool>("r => r.scrollWidth > r.clientWidth");
        var hintId = await region.GetAttributeAsync("aria-describedby");
        Assert.False(string.IsNullOrEmpty(hintId), "the scrolling region names no hint");
        var hint = page.Locator("#" + hintId);
        var hintBox = await hint.BoundingBoxAsync();
        output.WriteLine($"matrix scrolls: {scrolls}; hint «{await hint.InnerTextAsync()}» at {hintBox?.X},{hintBox?.Y} {hintBox?.Width}×{hintBox?.Height}");
        Assert.True(scrolls, "the matrix fits a phone, so a hint that it scrolls would be wrong");
        Assert.True(await hint.IsVisibleAsync(), "no visible sign that the matrix scrolls sideways");
        Assert.True(hintBox is { Height: > 8, Width: > 40 } && hintBox.X >= 0 && hintBox.X + hintBox.Width <= PhoneWidth, "the scroll hint is not on screen");
        Assert.Contains("7", await hint.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Null(await SidewaysScroll.ProblemAsync(page));
        Assert.Empty(session.Errors);
    }

    [BrowserFact]
    public async Task On_a_wide_screen_the_scroll_hint_shows_only_if_the_matrix_still_scrolls()
    {
        await using var session = await site.OpenAsync(FollowingRoutes.Traceability, 1280, 900);
        var page = session.Page;

        var region = page.Locator(".table-scroll:has(table.trace-matrix)");
        var scrolls = await region.EvaluateAsync<bool>("r => r.scrollWidth > r.clientWidth");
        var hint = page.Locator("#" + await region.GetAttributeAsync("aria-describedby"));

        Assert.Equal(scrolls, await hint.IsVisibleAsync());
    }

    [BrowserFact]
    public async Task Dataset_pages_keep_each_sha256_within_two_lines_and_break_file_names_only_between_parts()
    {
        // The dataset pages themselves (/du-lieu/slug/), not the catalogue's theme and keyword lists.
        var datasetPages = site.PageUrls
            .Where(u => Regex.IsMatch(u, "^/du-lieu/[^/]+/$") && !u.Contains("/chu-de/", StringComparison.Ordinal))
            .ToList();
        var problems = new List<string>();
        var checksums = 0;
        foreach (var url in datasetPages)
        {
            await using var session = await site.OpenAsync(url, PhoneWidth, 800);
            var page = session.Page;
            foreach (var code in await page.Locator("code.checksum").AllAsync())
            {
                checksums++;
                var laid = await code.EvaluateAsync<JsonElement>(Lines);
                var text = laid.GetProperty("text").GetString()!;
                var lines = laid.GetProperty("lines").GetInt32();
                if (lines > 2 || !Regex.IsMatch(text, "^[0-9a-f]{64}$"))
                {
                    problems.Add($"{url}: SHA-256 {text} on {lines} lines");
                }
            }

            foreach (var name in await page.Locator(".file-name").AllAsync())
            {
                var laid = await name.EvaluateAsync<JsonElement>(Lines);
                foreach (var at in laid.GetProperty("breaks").EnumerateArray())
                {
                    var before = at.GetProperty("before").GetString()!;
                    var after = at.GetProperty("after").GetString()!;
                    if (!("-_.".Contains(before, StringComparison.Ordinal) || after == "."))
                    {
                        problems.Add($"{url}: {laid.GetProperty("text").GetString()} breaks mid-word after «{at.GetProperty("text").GetString()}»");
                    }
                }
            }

            var overflow = await SidewaysScroll.ProblemAsync(page);
            problems.AddRange(overflow is null ? [] : [$"{url}: {overflow}"]);
        }

        output.WriteLine($"{checksums} checksums on {datasetPages.Count} dataset pages");
        Assert.True(datasetPages.Count >= 5 && checksums >= 25, $"only {checksums} checksums on {datasetPages.Count} pages");
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [BrowserFact]
    public async Task The_header_search_box_has_a_label_one_can_see()
    {
        await using var session = await site.OpenAsync(SiteRoutes.Home, PhoneWidth, 800);
        var page = session.Page;

        var label = page.Locator("header label[for=site-search-q]");
        var box = await label.BoundingBoxAsync();
        var text = await label.InnerTextAsync();
        var colours = await label.EvaluateAsync<string[]>("l => [getComputedStyle(l).color, getComputedStyle(l.closest('header')).backgroundColor]");
        output.WriteLine($"label «{text}» at {box?.X},{box?.Y} {box?.Width}×{box?.Height}; {string.Join(" on ", colours)}");

        Assert.False(string.IsNullOrWhiteSpace(text));
        Assert.True(box is { Width: > 40, Height: > 10 }, "the label is hidden or clipped");
        Assert.True(box.X >= 0 && box.X + box.Width <= PhoneWidth, "the label is off screen");
        Assert.NotEqual(colours[0], colours[1]);
    }
}
