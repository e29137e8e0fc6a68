using HaiPhongUrban.Portal.Kernel.Downloads;

namespace HaiPhongUrban.Portal.Tests.Publishing.Downloads;

public sealed class FormulaNeutraliserTests
{
    [Theory]
    [InlineData("=SUM(A1)", "'=SUM(A1)")]
    [InlineData("+1", "'+1")]
    [InlineData("-x", "'-x")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "'\rx")]
    [InlineData("Đường Lạch Tray", "Đường Lạch Tray")]
    [InlineData("a=b", "a=b")] // only the first character makes a formula
    [InlineData(" =x", " =x")]
    [InlineData("'quoted", "'quoted")]
    [InlineData("", "")]
    public void Prefixes_an_apostrophe_only_to_formula_like_text(string value, string expected) =>
        Assert.Equal(expected, FormulaNeutraliser.Neutralise(value));

    [Theory]
    [InlineData("=1", true)]
    [InlineData("-5", true)] // text "-5" is formula-like; numbers never reach the neutraliser
    [InlineData("\nx", false)]
    [InlineData("x", false)]
    [InlineData("", false)]
    public void Recognises_the_OWASP_formula_starts(string value, bool expected) =>
        Assert.Equal(expected, FormulaNeutraliser.IsFormulaLike(value));
}
