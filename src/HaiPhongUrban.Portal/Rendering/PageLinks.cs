using HaiPhongUrban.Portal.Kernel.Urls;
using System.Net;
using System.Text;

namespace HaiPhongUrban.Portal.Rendering;

/// <summary>
/// The links of a rendered page, wherever a browser reads an address from the HTML (href, src, a form's
/// action, each address of a srcset), written as the build's <see cref="LinkMode"/> writes them: as the
/// templates and content wrote them for the served site, through <see cref="UrlPath.OnDisk"/> for the disk
/// copy. Done on the finished page, so that one rule reaches every link, whichever template, partial or
/// Markdown file wrote it. The inline SVG maps' links are href attributes too; no page has a style
/// attribute or element (the Content-Security-Policy forbids them), so no CSS url() is in the HTML.
/// </summary>
public static class PageLinks
{
    /// <summary>The attributes a browser reads an address from.</summary>
    private static readonly string[] LinkNames = ["href", "src", "action", "srcset"];

    /// <summary>
    /// The page as <paramref name="mode"/> writes it, and each of its links as written and as authored; the links
    /// of the served site are <paramref name="shared"/>'s, one object for every page with the same link.
    /// </summary>
    public static (string Html, IReadOnlyList<RenderedLink> Links) Write(string html, string pageUrl, LinkMode mode, SharedAttributes? shared = null)
    {
        var links = new List<RenderedLink>();
        var attributes = HtmlAttributes.Find(html, LinkNames);
        if (mode == LinkMode.Served)
        {
            // The served site keeps every link as written: only collected, and the page not copied (a
            // rewrite would build a second string of every page for nothing).
            shared ??= new SharedAttributes();
            foreach (var attribute in attributes)
            {
                var value = attribute.ValueIn(html);
                if (attribute.Name != "srcset")
                {
                    links.Add(shared.Link(value));
                    continue;
                }

                foreach (var authored in value.ToString().Split(',').Select(CandidateUrl))
                {
                    links.Add(shared.Link(authored));
                }
            }

            return (html, links);
        }

        string Link(string authored)
        {
            var written = mode == LinkMode.Disk ? UrlPath.OnDisk(pageUrl, authored) : authored;
            links.Add(new RenderedLink(written, authored));
            return written;
        }

        var page = new StringBuilder(html.Length + html.Length / 8);
        var copied = 0;
        foreach (var attribute in attributes)
        {
            var value = attribute.ValueIn(html).ToString();
            var written = attribute.Name == "srcset" ? string.Join(',', value.Split(',').Select(c => Candidate(c, Link))) : Link(value);

            // Unchanged attributes keep their bytes, so that the served site is exactly what the templates wrote.
            if (written != value)
            {
                page.Append(html, copied, attribute.ValueStart - copied).Append(WebUtility.HtmlEncode(written)).Append('"');
                copied = attribute.End;
            }
        }

        return (page.Append(html, copied, html.Length - copied).ToString(), links);
    }

    /// <summary>One image candidate of a srcset (" /a.png 2x"): its address through <paramref name="link"/>, the blanks and descriptor around it kept.</summary>
    private static string CandidateUrl(string candidate)
    {
        var start = candidate.Length - candidate.TrimStart().Length;
        var end = candidate.IndexOfAny([' ', '\t', '\n', '\r', '\f'], start);
        return candidate[start..(end < 0 ? candidate.Length : end)];
    }

    private static string Candidate(string candidate, Func<string, string> link)
    {
        var start = candidate.Length - candidate.TrimStart().Length;
        var end = candidate.IndexOfAny([' ', '\t', '\n', '\r', '\f'], start);
        end = end < 0 ? candidate.Length : end;
        return candidate[..start] + link(candidate[start..end]) + candidate[end..];
    }

}
