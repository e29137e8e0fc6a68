using HaiPhongUrban.Portal.Kernel.Diagnostics;

namespace HaiPhongUrban.Portal.Rendering.Redirects;

/// <summary>
/// Stage 7, check, beside the link check: every rule of <c>content/_redirects</c> leads to a page or file
/// of the site just rendered (and to an id on it, for <c>#anchor</c>), so a moved address never lands on
/// a 404; and no rule names an address the site still publishes, which Netlify would serve instead,
/// leaving the rule dead, unless the rule is forced with '!'. A 200 rule to another site is a proxy and is
/// warned about.
/// </summary>
public static class CheckRedirects
{
    public static void Run(RawRedirects? redirects, IReadOnlyList<RenderedLinks> pages, IReadOnlyCollection<string> fileUrls, DiagnosticBag diagnostics)
    {
        if (redirects is null)
        {
            return;
        }

        var ids = pages.ToDictionary(p => p.Url, PageIds.Of, StringComparer.Ordinal);
        var files = fileUrls.ToHashSet(StringComparer.Ordinal);
        bool Published(string path) => ids.ContainsKey(path) || files.Contains(path);

        foreach (var rule in redirects.Rules)
        {
            if (!rule.Force && (Published(rule.From) || Published(rule.From.TrimEnd('/') + "/") || Published(rule.From.TrimEnd('/'))))
            {
                diagnostics.Error(rule.FromAt, Messages.RedirectSourcePublished, rule.From);
            }

            if (rule.LeavesSite)
            {
                // 200 to another site is no redirect: Netlify fetches that site and serves its page at the
                // portal's own address (a proxy), under the portal's name, whatever it holds tomorrow.
                if (rule.Status == 200)
                {
                    diagnostics.Warning(rule.ToAt, Messages.RedirectProxiesOtherSite, rule.From, rule.To);
                }

                continue; // another site: not ours to check
            }

            var hash = rule.To.IndexOf('#', StringComparison.Ordinal);
            var path = hash < 0 ? rule.To : rule.To[..hash];
            if (!Published(path))
            {
                diagnostics.Error(rule.ToAt, Messages.RedirectTargetMissing, rule.To);
            }
            else if (hash >= 0 && (!ids.TryGetValue(path, out var onPage) || !onPage.Contains(rule.To[(hash + 1)..])))
            {
                diagnostics.Error(rule.ToAt, Messages.RedirectAnchorMissing, path, rule.To[(hash + 1)..]);
            }
        }
    }
}
