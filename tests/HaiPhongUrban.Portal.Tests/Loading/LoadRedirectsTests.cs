using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Rendering.Redirects;

namespace HaiPhongUrban.Portal.Tests.Loading;

public sealed class LoadRedirectsTests
{
    private const string File = "/site/content/_redirects";

    [Theory]
    [InlineData("/cu/ /moi/", "/cu/", "/moi/", 301, false)]
    [InlineData("  /cu/\t/moi/   302  ", "/cu/", "/moi/", 302, false)]
    [InlineData("/cu/ /ket-luan/#han-che-5 301!", "/cu/", "/ket-luan/#han-che-5", 301, true)]
    [InlineData("/du-lieu/cu.csv https://example.org/moi.csv 200", "/du-lieu/cu.csv", "https://example.org/moi.csv", 200, false)]
    public void Reads_old_address_new_address_status_and_force(string line, string from, string to, int status, bool force)
    {
        var diagnostics = new DiagnosticBag();

        var rule = Assert.Single(LoadRedirects.Parse(File, "# ghi chú\n\n" + line + "\r\n", diagnostics));

        Assert.Empty(diagnostics.Sorted());
        Assert.Equal((from, to, status, force), (rule.From, rule.To, rule.Status, rule.Force));
        Assert.Equal(new SourceLocation(File, 3, line.IndexOf(from, StringComparison.Ordinal) + 1), rule.FromAt);
    }

    [Theory]
    [InlineData("/cu/", "redirect-fields", 1)]
    [InlineData("/cu/ /moi/ 301 Country=vn", "redirect-fields", 16)]
    [InlineData("cu/ /moi/", "redirect-from-invalid", 1)]
    [InlineData("/cu/* /moi/", "redirect-from-invalid", 1)]
    [InlineData("/cu/:ten /moi/", "redirect-from-invalid", 1)]
    [InlineData("/trang-cũ/ /moi/", "redirect-from-invalid", 1)]
    [InlineData("/cu/ moi/", "redirect-to-invalid", 6)]
    [InlineData("/cu/ javascript:alert(1)", "redirect-to-invalid", 6)]
    [InlineData("/cu/ /moi/# 301", "redirect-to-invalid", 6)]
    [InlineData("/cu/ /moi/ 404", "redirect-status-invalid", 12)]
    [InlineData("/cu/ /moi/ 301!!", "redirect-status-invalid", 12)]
    [InlineData("/cu/ /moi/ +301", "redirect-status-invalid", 12)]
    public void A_bad_line_is_reported_at_its_field_and_left_out(string line, string code, int column)
    {
        var diagnostics = new DiagnosticBag();

        var rules = LoadRedirects.Parse(File, "/khac/ /moi/\n" + line, diagnostics);

        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal((Severity.Error, code, new SourceLocation(File, 2, column)), (error.Severity, error.Message.Code, error.Location));
        Assert.Equal(["/khac/"], rules.Select(r => r.From));
    }

    [Fact]
    public void A_second_rule_for_the_same_address_names_the_first_one_with_or_without_its_slash()
    {
        var diagnostics = new DiagnosticBag();

        var rules = LoadRedirects.Parse(File, "/cu/ /moi/\n/x/ /moi/\n/cu /khac/", diagnostics);

        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(("redirect-duplicate", new SourceLocation(File, 3, 1)), (error.Message.Code, error.Location));
        Assert.Equal("1", error.Arguments[1]);
        Assert.Equal(["/cu/", "/x/"], rules.Select(r => r.From));
    }
}
