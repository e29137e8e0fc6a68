using System.Text.RegularExpressions;

namespace HaiPhongUrban.Portal.Serving;

/// <summary>
/// One <c>[[headers]]</c> rule of netlify.toml: the path pattern it is <c>for</c> and the headers it sets.
/// The test server sends exactly what these rules declare, so pages meet the real Content-Security-Policy.
/// </summary>
public sealed class NetlifyHeaderRule
{
    private readonly Regex _pattern;

    public NetlifyHeaderRule(string forPath, IReadOnlyDictionary<string, string> values)
    {
        For = forPath;
        Values = values;
        _pattern = ToRegex(forPath);
    }

    /// <summary>The pattern as written in netlify.toml, e.g. <c>/du-lieu/*.csv</c>.</summary>
    public string For { get; }

    /// <summary>Header names (case-insensitive) and their values.</summary>
    public IReadOnlyDictionary<string, string> Values { get; }

    /// <summary>Whether Netlify applies this rule to a request for <paramref name="path"/> (no query string).</summary>
    public bool Matches(string path) => _pattern.IsMatch(path);

    /// <summary>
    /// A "for" path as Netlify matches it (its headers parser turns each into a regular expression):
    /// case-insensitive, an optional trailing '/', a segment ":name" matches one segment, a segment "*"
    /// matches the rest of the path (nothing included), and a '*' inside a segment matches any characters,
    /// '/' included. Other characters match themselves. "/assets/*" therefore matches "/assets" but
    /// not "/assetsx/site.css".
    /// </summary>
    private static Regex ToRegex(string forPath)
    {
        // Each segment brings its own leading '/', so a whole-segment "*" can match nothing at all ("/assets")
        // without also matching a longer first segment ("/assetsx/...").
        var segments = forPath.Split('/').Select(s => s.TrimEnd()).Where(s => s.Length > 0).Select(segment =>
            segment.StartsWith(':') ? "/[^/]+"
            : segment == "*" ? "(?:/.*)?"
            : "/" + string.Join(".*", segment.Split('*').Select(Regex.Escape)));
        return new Regex($"^{string.Concat(segments)}/?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }
}
