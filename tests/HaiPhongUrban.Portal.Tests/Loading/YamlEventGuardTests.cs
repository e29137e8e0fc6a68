using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Kernel.Files;

namespace HaiPhongUrban.Portal.Tests.Loading;

/// <summary>What the guard in front of YamlDotNet refuses, each at its own place, and what it lets through.</summary>
public sealed class YamlEventGuardTests
{
    [Theory]
    [InlineData("65 nested flow sequences", "yaml-too-deep", 1, 65)]
    [InlineData("a: &x 1\nb: *x\n", "yaml-anchor", 1, 4)]
    [InlineData("title: !important Hải Phòng\n", "yaml-tag", 1, 8)]
    [InlineData("a: 1\n---\nb: 2\n", "yaml-second-document", 2, 1)]
    [InlineData("a: [x\u2028y]\n", "yaml-parser-failed", 1, 4)]
    public void Refused_yaml_is_reported_at_its_place(string text, string code, int line, int column)
    {
        if (text == "65 nested flow sequences")
        {
            text = new string('[', YamlEventGuard.MaxDepth + 1);
        }

        var diagnostics = new DiagnosticBag();

        Assert.Null(ParseYaml.Parse("/c/x.yml", text, diagnostics));
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(code, error.Message.Code);
        Assert.Equal(new SourceLocation("/c/x.yml", line, column), error.Location);
    }

    [Fact]
    public void Nesting_up_to_the_limit_and_a_single_leading_document_marker_are_fine()
    {
        var diagnostics = new DiagnosticBag();

        Assert.NotNull(ParseYaml.Parse("/c/x.yml", new string('[', YamlEventGuard.MaxDepth) + new string(']', YamlEventGuard.MaxDepth), diagnostics));
        Assert.NotNull(ParseYaml.Parse("/c/x.yml", "---\ntitle: \"&a *b !c\"\n", diagnostics));
        Assert.Empty(diagnostics.Sorted());
    }

    [Fact]
    public void A_hundred_thousand_levels_are_an_error_not_a_stack_overflow()
    {
        var diagnostics = new DiagnosticBag();

        Assert.Null(ParseYaml.Parse("/c/x.yml", string.Concat(Enumerable.Repeat("- ", 100_000)), diagnostics));
        Assert.Equal("yaml-too-deep", Assert.Single(diagnostics.Sorted()).Message.Code);
    }
}
