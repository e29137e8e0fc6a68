using Tomlyn;
using Tomlyn.Model;

namespace HaiPhongUrban.Portal.Serving;

/// <summary>
/// The <c>[[headers]]</c> rules of a netlify.toml, in file order, and the headers Netlify would send for
/// a path: one value per matching rule, so a header two rules set comes out twice, as it would live.
/// </summary>
public sealed class NetlifyHeaderRules(IReadOnlyList<NetlifyHeaderRule> rules)
{
    public IReadOnlyList<NetlifyHeaderRule> Rules { get; } = rules;

    public static NetlifyHeaderRules Load(string netlifyToml)
    {
        var config = TomlSerializer.Deserialize<TomlTable>(File.ReadAllText(netlifyToml))!;
        var tables = config.TryGetValue("headers", out var headers) ? (TomlTableArray)headers : [];
        return new NetlifyHeaderRules(tables
            .Select(h => new NetlifyHeaderRule(
                (string)h["for"],
                ((TomlTable)h["values"]).ToDictionary(v => v.Key, v => (string)v.Value, StringComparer.OrdinalIgnoreCase)))
            .ToList());
    }

    /// <summary>Every header (name, value) the rules declare for <paramref name="path"/>, in file order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> For(string path) =>
        Rules.Where(rule => rule.Matches(path)).SelectMany(rule => rule.Values).ToList();

    /// <summary>Every value the rules give header <paramref name="name"/> on <paramref name="path"/>.</summary>
    public IReadOnlyList<string> Values(string path, string name) =>
        For(path).Where(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value).ToList();
}
