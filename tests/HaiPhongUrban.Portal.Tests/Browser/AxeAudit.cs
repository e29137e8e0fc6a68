using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace HaiPhongUrban.Portal.Tests.Browser;

/// <summary>
/// axe-core over a loaded page, limited to the WCAG 2.0, 2.1 and 2.2 A and AA rules the portal promises
/// (the portal's promise to its readers: WCAG 2.2 level AA); best-practice rules are left to review. One readable line per failing element.
/// </summary>
public static class AxeAudit
{
    private static readonly AxeRunOptions Options = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    };

    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(Options);
        return result.Violations
            .SelectMany(rule => rule.Nodes.Select(node => $"{rule.Id} ({rule.Impact}) at {node.Target}: {rule.Help} [{rule.HelpUrl}]"))
            .ToList();
    }
}
