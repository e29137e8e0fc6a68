using HaiPhongUrban.Portal.Kernel.Files;
using HaiPhongUrban.Portal.Kernel.Diagnostics;
using System.Text.RegularExpressions;

namespace HaiPhongUrban.Portal.Rendering.Redirects;

/// <summary>
/// Reads <c>content/_redirects</c>, the addresses that moved, in the part of Netlify's format that keeps
/// an address alive for everyone: one rule per line, <c>old new [status]</c>, exact paths only. Splats,
/// placeholders and conditions (country, language, role) are refused, because with them the build could
/// not tell which published addresses still lead somewhere. Whether each new address exists is checked
/// once the site is rendered (CheckRedirects).
/// </summary>
public static partial class LoadRedirects
{
    /// <summary>Statuses that send the reader on (3xx) or show the new page at the old address (200).</summary>
    private static readonly IReadOnlySet<int> Statuses = new HashSet<int> { 200, 301, 302, 303, 307, 308 };

    /// <summary>A site path: '/', then letters, digits and - . _ ~ / only (published URLs are ASCII, so a link pasted into any mail, chat or citation survives).</summary>
    [GeneratedRegex(@"^/[A-Za-z0-9\-._~/%]*$")]
    private static partial Regex SitePath();

    /// <summary>The file's rules, or null when there is none (the file is optional) or it cannot be read.</summary>
    public static RawRedirects? Load(string path, DiagnosticBag diagnostics)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var bytes = File.ReadAllBytes(path);
        var text = ReadTextFile.Decode(path, bytes, diagnostics);
        return text is null ? null : new RawRedirects(path, bytes, Parse(path, text, diagnostics));
    }

    public static IReadOnlyList<RawRedirect> Parse(string path, string text, DiagnosticBag diagnostics)
    {
        var rules = new List<RawRedirect>();
        var lines = text.Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index].TrimEnd('\r');
            var fields = Regex.Matches(line, @"\S+").ToList();
            if (fields.Count == 0 || fields[0].Value.StartsWith('#'))
            {
                continue; // blank line or comment
            }

            SourceLocation At(Match field) => new(path, index + 1, field.Index + 1);
            if (fields.Count is < 2 or > 3)
            {
                diagnostics.Error(At(fields[Math.Min(fields.Count - 1, 3)]), Messages.RedirectFields, line.Trim());
                continue;
            }

            var (from, to) = (fields[0].Value, fields[1].Value);
            var valid = true;
            if (!SitePath().IsMatch(from))
            {
                diagnostics.Error(At(fields[0]), Messages.RedirectFromInvalid, from);
                valid = false;
            }

            if (!IsTarget(to))
            {
                diagnostics.Error(At(fields[1]), Messages.RedirectToInvalid, to);
                valid = false;
            }

            var (status, force) = (301, false);
            if (fields.Count == 3)
            {
                var written = fields[2].Value;
                force = written.EndsWith('!');
                if (!int.TryParse(force ? written[..^1] : written, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out status)
                    || !Statuses.Contains(status))
                {
                    diagnostics.Error(At(fields[2]), Messages.RedirectStatusInvalid, written);
                    valid = false;
                }
            }

            // Netlify follows the first rule that matches: a second one for the same address never applies.
            var earlier = rules.FirstOrDefault(r => r.Matches(from));
            if (earlier is not null)
            {
                diagnostics.Error(At(fields[0]), Messages.RedirectDuplicate, from, earlier.FromAt.Line.ToString(System.Globalization.CultureInfo.InvariantCulture));
                valid = false;
            }

            if (valid)
            {
                rules.Add(new RawRedirect(from, to, status, force, At(fields[0]), At(fields[1])));
            }
        }

        return rules;
    }

    private static bool IsTarget(string to)
    {
        if (Uri.TryCreate(to, UriKind.Absolute, out var absolute) && absolute.Scheme is "https" or "http")
        {
            return to.StartsWith(absolute.Scheme + "://", StringComparison.Ordinal);
        }

        var hash = to.IndexOf('#', StringComparison.Ordinal);
        var path = hash < 0 ? to : to[..hash];
        return SitePath().IsMatch(path) && (hash < 0 || to.Length > hash + 1);
    }
}
