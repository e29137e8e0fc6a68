using System.Text.Json;
using Microsoft.Playwright;

namespace HaiPhongUrban.Portal.Tests.Browser;

/// <summary>
/// Where keyboard focus is, as a keyboard user would judge it: which element, whether it shows a focus
/// indicator (an outline that is drawn, or a box-shadow), where it sits and whether it is on screen.
/// </summary>
public sealed record FocusStop(string Element, string Href, bool Indicator, bool InViewport, bool InMain, bool InToc)
{
    private const string Read = """
        () => {
          const e = document.activeElement || document.body;
          const s = getComputedStyle(e);
          const r = e.getBoundingClientRect();
          const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
          const shadow = s.boxShadow !== 'none' && s.boxShadow !== '';
          return {
            element: e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + [...e.classList].map(c => '.' + c).join('')
              + (e.textContent.trim() ? ' "' + e.textContent.trim().replace(/\s+/g, ' ').slice(0, 50) + '"' : ''),
            href: e.getAttribute('href') || '',
            indicator: outline || shadow,
            inViewport: r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth,
            inMain: !!e.closest('main'),
            inToc: !!e.closest('nav.toc'),
          };
        }
        """;

    public static async Task<FocusStop> OfAsync(IPage page)
    {
        var e = await page.EvaluateAsync<JsonElement>(Read);
        return new FocusStop(
            e.GetProperty("element").GetString()!,
            e.GetProperty("href").GetString()!,
            e.GetProperty("indicator").GetBoolean(),
            e.GetProperty("inViewport").GetBoolean(),
            e.GetProperty("inMain").GetBoolean(),
            e.GetProperty("inToc").GetBoolean());
    }

    public override string ToString() => Element;
}
