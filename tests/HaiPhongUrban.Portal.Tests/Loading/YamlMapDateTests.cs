using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Kernel.Files;

namespace HaiPhongUrban.Portal.Tests.Loading;

/// <summary>
/// A bad date's message offers leaving it empty ("") only where that is allowed: for a required date,
/// following that advice gave a second error.
/// </summary>
public sealed class YamlMapDateTests
{
    private static Diagnostic BadDate(bool required)
    {
        var diagnostics = new DiagnosticBag();
        var map = YamlMap.From(ParseYaml.Parse("/c/x.yml", "date: 2027-02-30\n", diagnostics), "/c/x.yml", diagnostics, "x");

        Assert.Null(map!.Date("date", required));
        return Assert.Single(diagnostics.Sorted());
    }

    [Fact]
    public void A_required_date_is_not_told_it_may_be_left_empty()
    {
        var error = BadDate(required: true);

        Assert.Equal((1, 7), (error.Location.Line, error.Location.Column));
        foreach (var language in new[] { UiLanguage.Vietnamese, UiLanguage.English })
        {
            Assert.DoesNotContain("\"\"", error.Text(language), StringComparison.Ordinal);
            Assert.Contains("2027-02-30", error.Text(language), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_optional_date_may_be_left_empty_and_is_told_so()
    {
        var error = BadDate(required: false);

        Assert.Contains("(\"\")", error.Text(UiLanguage.Vietnamese), StringComparison.Ordinal);
    }
}
