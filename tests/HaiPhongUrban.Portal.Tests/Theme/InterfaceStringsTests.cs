using HaiPhongUrban.Portal.Tests.Support;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace HaiPhongUrban.Portal.Tests.Theme;

/// <summary>
/// theme/i18n/en.yml is as complete as vi.yml: the same keys both ways, the same placeholders in each
/// string, and English only. The comparison is the test's own (read with YamlDotNet, not through the
/// generator), and it is shown to fail on tables that differ.
/// </summary>
public sealed partial class InterfaceStringsTests
{
    private static readonly string I18n = Path.Combine(RepoPaths.Theme, "i18n");

    [Fact]
    public void Every_key_of_vi_yml_is_in_en_yml_and_every_key_of_en_yml_in_vi_yml()
    {
        var problems = Compare(Strings(File.ReadAllText(Path.Combine(I18n, "vi.yml"))), Strings(File.ReadAllText(Path.Combine(I18n, "en.yml"))));

        Assert.True(problems.Count == 0, "theme/i18n/en.yml and vi.yml differ:\n" + string.Join('\n', problems));
    }

    [Fact]
    public void Every_strings_file_of_the_theme_has_the_keys_of_vi_yml()
    {
        var reference = Strings(File.ReadAllText(Path.Combine(I18n, "vi.yml")));
        var files = Directory.EnumerateFiles(I18n, "*.yml").Where(f => Path.GetFileName(f) != "vi.yml").ToList();

        Assert.NotEmpty(files);
        Assert.All(files, f => Assert.Empty(Compare(reference, Strings(File.ReadAllText(f)))));
    }

    [Fact]
    public void The_comparison_finds_a_key_missing_from_either_file_and_a_changed_placeholder()
    {
        const string vi = "site:\n  title: Tiêu đề\n  skip: Bỏ qua\nsearch:\n  results: \"{count} kết quả cho «{query}»\"\n";
        const string enMissingOne = "site:\n  title: Title\nsearch:\n  results: \"{count} results for «{query}»\"\n";
        const string enWithExtra = "site:\n  title: Title\n  skip: Skip\n  extra: More\nsearch:\n  results: \"{count} results for «{query}»\"\n";
        const string enWrongPlaceholder = "site:\n  title: Title\n  skip: Skip\nsearch:\n  results: \"{n} results for «{query}»\"\n";
        const string enSame = "site:\n  title: Title\n  skip: Skip\nsearch:\n  results: \"{count} results for «{query}»\"\n";

        Assert.Equal(["site.skip is in vi.yml, not in en.yml"], Compare(Strings(vi), Strings(enMissingOne)));
        Assert.Equal(["site.extra is in en.yml, not in vi.yml"], Compare(Strings(vi), Strings(enWithExtra)));
        Assert.Equal(["search.results: placeholders {count} {query} in vi.yml, {n} {query} in en.yml"], Compare(Strings(vi), Strings(enWrongPlaceholder)));
        Assert.Empty(Compare(Strings(vi), Strings(enSame)));
    }

    [Fact]
    public void En_yml_holds_no_vietnamese_letter()
    {
        var vietnamese = Strings(File.ReadAllText(Path.Combine(I18n, "en.yml")))
            .Where(s => LanguageOfParts.HasVietnameseLetter(s.Value))
            .Select(s => $"{s.Key}: {s.Value}")
            .ToList();

        Assert.Empty(vietnamese);
        Assert.True(LanguageOfParts.HasVietnameseLetter("quy hoạch"), "the letter check must see Vietnamese");
    }

    [Fact]
    public void The_search_page_script_writes_no_words_of_its_own()
    {
        // Every word search.js shows comes from the form's data-* attributes (filled from the strings of the
        // interface language); a Vietnamese word in the script would show under an English interface too.
        var script = File.ReadAllText(Path.Combine(RepoPaths.Theme, "assets", "search.js"));
        var code = BlockComment().Replace(LineComment().Replace(script, string.Empty), string.Empty);
        var literals = StringLiteral().Matches(code).Select(m => m.Value[1..^1]).Where(l => l != "use strict").ToList();

        Assert.False(LanguageOfParts.HasVietnameseLetter(script), "search.js contains Vietnamese");
        Assert.Contains("data-", literals);
        Assert.All(literals, l => Assert.DoesNotMatch(@"[A-Za-z]{3,}\s+[A-Za-z]{3,}", l)); // no phrase: identifiers and markup only
    }

    /// <summary>Every string of a strings file by its dotted key ("datasets.formats.csv").</summary>
    private static Dictionary<string, string> Strings(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        Flatten((YamlMappingNode)stream.Documents[0].RootNode, string.Empty, strings);
        return strings;
    }

    private static void Flatten(YamlMappingNode mapping, string prefix, Dictionary<string, string> strings)
    {
        foreach (var (key, value) in mapping.Children)
        {
            var dotted = prefix + ((YamlScalarNode)key).Value;
            if (value is YamlMappingNode child)
            {
                Flatten(child, dotted + ".", strings);
            }
            else
            {
                strings[dotted] = ((YamlScalarNode)value).Value ?? string.Empty;
            }
        }
    }

    private static List<string> Compare(Dictionary<string, string> vi, Dictionary<string, string> other)
    {
        var problems = vi.Keys.Where(k => !other.ContainsKey(k)).Select(k => $"{k} is in vi.yml, not in en.yml")
            .Concat(other.Keys.Where(k => !vi.ContainsKey(k)).Select(k => $"{k} is in en.yml, not in vi.yml"))
            .ToList();
        foreach (var key in vi.Keys.Where(other.ContainsKey))
        {
            var (expected, actual) = (Placeholders(vi[key]), Placeholders(other[key]));
            if (expected != actual)
            {
                problems.Add($"{key}: placeholders {expected} in vi.yml, {actual} in en.yml");
            }
        }

        return problems;
    }

    private static string Placeholders(string text) =>
        string.Join(' ', Placeholder().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal));

    [GeneratedRegex(@"\{\w+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex BlockComment();

    [GeneratedRegex(@"(?m)^\s*//.*$")]
    private static partial Regex LineComment();

    [GeneratedRegex(@"'(?:[^'\\\n]|\\.)*'")]
    private static partial Regex StringLiteral();
}
