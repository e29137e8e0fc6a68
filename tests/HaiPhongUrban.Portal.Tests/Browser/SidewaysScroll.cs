using System.Text.Json;
using Microsoft.Playwright;

namespace HaiPhongUrban.Portal.Tests.Browser;

/// <summary>
/// Whether a page scrolls sideways at its current viewport (WCAG 1.4.10 Reflow asks for none at 320 CSS px).
/// A wide table may scroll inside its own container; the page itself may not.
/// </summary>
public static class SidewaysScroll
{
    /// <summary>
    /// Measures the root's scroll width and names the outermost elements sticking out on the right,
    /// so a failure says what to fix, not only that something is too wide.
    /// </summary>
    private const string Measure = """
        () => {
          const root = document.documentElement;
          const width = root.clientWidth;
          const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + [...e.classList].map(c => '.' + c).join('');
          const wide = [...document.body.querySelectorAll('*')].filter(e => e.getBoundingClientRect().right > width + 0.5);
          const outermost = wide.filter(e => !wide.includes(e.parentElement)).slice(0, 5).map(name);
          return { scrollWidth: root.scrollWidth, clientWidth: width, wide: outermost };
        }
        """;

    /// <summary>Null when the page fits its viewport's width, otherwise what overflows and by how much.</summary>
    public static async Task<string?> ProblemAsync(IPage page)
    {
        var result = await page.EvaluateAsync<JsonElement>(Measure);
        var scrollWidth = result.GetProperty("scrollWidth").GetInt32();
        var clientWidth = result.GetProperty("clientWidth").GetInt32();
        if (scrollWidth <= clientWidth)
        {
            return null;
        }

        var wide = string.Join(", ", result.GetProperty("wide").EnumerateArray().Select(e => e.GetString()));
        return $"scrolls sideways: {scrollWidth}px of content in {clientWidth}px; too wide: {wide}";
    }
}
