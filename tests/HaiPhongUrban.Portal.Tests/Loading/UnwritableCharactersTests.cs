using HaiPhongUrban.Portal.Kernel.Files;

namespace HaiPhongUrban.Portal.Tests.Loading;

/// <summary>The one check for characters XML, JSON and XLSX cannot hold (issue 18, item 5).</summary>
public sealed class UnwritableCharactersTests
{
    [Theory]
    [InlineData("Hải Phòng", -1, "")]
    [InlineData("a\uFFFEb", 1, "FFFE")]
    [InlineData("ab\uFFFF", 2, "FFFF")]
    [InlineData("x\uFDD0", 1, "FDD0")]
    [InlineData("x\uFDEF", 1, "FDEF")]
    [InlineData("x\uFDF0", -1, "")]          // just after the noncharacter block: an Arabic ligature
    [InlineData("\uD83C\uDFD9 phố", -1, "")] // an emoji, a well-formed surrogate pair
    [InlineData("a\uD83F\uDFFE", 1, "1FFFE")] // the last code points of plane 1
    public void Finds_noncharacters_and_lone_surrogates(string text, int index, string code)
    {
        var at = UnwritableCharacters.IndexIn(text);

        Assert.Equal(index, at);
        if (at >= 0)
        {
            Assert.Equal(code, UnwritableCharacters.CodeAt(text, at));
        }
    }

    [Fact]
    public void Finds_a_surrogate_alone()
    {
        // Built at run time: an attribute's string cannot carry half a pair (the compiler stores it as UTF-8).
        var high = "a" + (char)0xD800 + "b";
        var low = "a" + (char)0xDC00;

        Assert.Equal((1, "D800"), (UnwritableCharacters.IndexIn(high), UnwritableCharacters.CodeAt(high, 1)));
        Assert.Equal((1, "DC00"), (UnwritableCharacters.IndexIn(low), UnwritableCharacters.CodeAt(low, 1)));
    }
}
