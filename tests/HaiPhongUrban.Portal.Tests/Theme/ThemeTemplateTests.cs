using HaiPhongUrban.Portal.Tests.Support;
using System.Text.RegularExpressions;

namespace HaiPhongUrban.Portal.Tests.Theme;

/// <summary>Templates only present: every sentence a reader sees comes from theme/i18n/vi.yml.</summary>
public sealed partial class ThemeTemplateTests
{
    [Fact]
    public void No_template_writes_interface_text_itself()
    {
        var offenders = new List<string>();
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Theme, "*.liquid", SearchOption.AllDirectories))
        {
            var text = LiquidComment().Replace(File.ReadAllText(file), string.Empty);
            text = LiquidTag().Replace(text, string.Empty);
            text = HtmlTag().Replace(text, string.Empty);
            foreach (Match word in Word().Matches(text))
            {
                offenders.Add($"{Path.GetRelativePath(RepoPaths.Root, file)}: '{word.Value}'");
            }
        }

        Assert.Empty(offenders);
    }

    [Fact]
    public void Every_partial_opens_with_a_comment_naming_its_context_and_an_example()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Theme, "partials"), "*.liquid"))
        {
            var head = File.ReadAllText(file).Split("endcomment")[0];
            Assert.Contains("Context:", head, StringComparison.Ordinal);
            Assert.Contains("Example:", head, StringComparison.Ordinal);
        }
    }

    [GeneratedRegex(@"\{%-?\s*comment\s*-?%\}.*?\{%-?\s*endcomment\s*-?%\}", RegexOptions.Singleline)]
    private static partial Regex LiquidComment();

    [GeneratedRegex(@"\{\{.*?\}\}|\{%.*?%\}", RegexOptions.Singleline)]
    private static partial Regex LiquidTag();

    [GeneratedRegex(@"<[^>]*>|&[a-z]+;", RegexOptions.Singleline)]
    private static partial Regex HtmlTag();

    /// <summary>Two letters in a row outside tags is text a reader would see (a lone "·" or "|" is not).</summary>
    [GeneratedRegex(@"\p{L}{2,}")]
    private static partial Regex Word();
}
