using HaiPhongUrban.Portal.Validation;

namespace HaiPhongUrban.Portal.Tests.Validation;

public sealed class ValidatePagesTests
{
    [Theory]
    [InlineData("javascript:alert(1)", "javascript")]
    [InlineData("JaVaScRiPt:alert(1)", "javascript")]
    [InlineData("java\tscript:alert(1)", "javascript")]
    [InlineData(" data:text/html,x", "data")]
    [InlineData("https://example.org/", "https")]
    [InlineData("mailto:a@b.vn", "mailto")]
    [InlineData("/ket-luan/#han-che-5", null)]
    [InlineData("../van-ban/", null)]
    [InlineData("#dinh-chinh-1", null)]
    [InlineData("/tim-kiem/?q=a:b", null)]
    public void Scheme_is_read_as_a_browser_would(string url, string? scheme) =>
        Assert.Equal(scheme, ValidatePages.SchemeOf(url));
}
