using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Kernel.Files;

namespace HaiPhongUrban.Portal.Tests.Loading;

/// <summary>
/// A YAML mistake is said in the interface's language, never with the YAML reader's English inside a
/// Vietnamese sentence, and at the place staff must fix: a tab where the tab is.
/// </summary>
public sealed class ParseYamlTests
{
    [Theory]
    [InlineData("a: 1\nb: 2\nc: 3\nd: 4\ne: 5\nf: 6\ng: 7\nh: 8\ni: 9\nj:\n\t- x\n", "yaml-tab", 11, 1)] // YamlDotNet says 1:1
    [InlineData("a: 1\nb:\n  c: 2\n\td: 3\n", "yaml-tab", 4, 1)]                                     // YamlDotNet says 3:6
    [InlineData("a:\n  - x\n - y\n", "yaml-expected-key", 3, 2)]
    [InlineData("title: Tên: phụ\n", "yaml-colon-in-value", 1, 11)]
    [InlineData("a: \"chưa đóng\nb: 2\n", "yaml-unclosed-quote", 1, 4)]
    public void A_common_mistake_is_named_at_its_place(string text, string code, int line, int column)
    {
        var diagnostics = new DiagnosticBag();

        Assert.Null(ParseYaml.Parse("/c/x.yml", text, diagnostics));

        var problem = Assert.Single(diagnostics.Sorted());
        Assert.Equal((code, line, column), (problem.Message.Code, problem.Location.Line, problem.Location.Column));
    }

    [Theory]
    [InlineData("a:\n  - x\n - y\n")]
    [InlineData("a: [1, 2\nb: 3\n")]
    [InlineData("a: 1\n\tb: 2\n")]
    [InlineData("title: Tên: phụ\n")]
    public void The_vietnamese_message_holds_no_english_of_the_yaml_reader(string text)
    {
        var diagnostics = new DiagnosticBag();
        ParseYaml.Parse("/c/x.yml", text, diagnostics);

        var vietnamese = Assert.Single(diagnostics.Sorted()).Text(UiLanguage.Vietnamese);

        Assert.DoesNotMatch(@"\b(While|parsing|scanning|found|did not|expected|mapping|scalar)\b", vietnamese);
    }
}
