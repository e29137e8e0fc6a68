using HaiPhongUrban.Portal.Kernel.Urls;

namespace HaiPhongUrban.Portal.Tests.Routing;

public sealed class SlugTests
{
    [Theory]
    [InlineData("Đô thị", "do-thi")]
    [InlineData("Chính sách biên tập", "chinh-sach-bien-tap")]
    [InlineData("Nghị quyết 04-NQ/TU", "nghi-quyet-04-nq-tu")]
    [InlineData("  quy hoạch,  xây dựng ", "quy-hoach-xay-dung")]
    [InlineData("Thành uỷ / Thành ủy", "thanh-uy-thanh-uy")]
    public void Vietnamese_text_becomes_an_ascii_slug(string text, string expected) =>
        Assert.Equal(expected, Slug.From(text));

    [Theory]
    [InlineData("han-che-5", true)]
    [InlineData("Han-che-5", false)]
    [InlineData("hạn-chế", false)]
    [InlineData("han--che", false)]
    [InlineData("", false)]
    [InlineData("-han", false)]
    [InlineData("han-", false)]
    [InlineData("-", false)]
    [InlineData("p00042", true)]
    [InlineData("han che", false)]
    [InlineData("han_che", false)]
    [InlineData("ĐÔ", false)]
    public void Only_slugs_are_valid_ids(string id, bool valid) =>
        Assert.Equal(valid, Slug.IsValid(id));

    [Fact]
    public void A_valid_id_is_exactly_one_that_is_its_own_slug()
    {
        // Every string of up to three characters from an alphabet with the cases that matter.
        char[] alphabet = ['a', 'z', '0', '9', '-', 'A', '_', ' ', 'đ', 'ạ', '\u0301'];
        var texts = new List<string> { string.Empty };
        for (var length = 1; length <= 3; length++)
        {
            texts.AddRange(texts.Where(t => t.Length == length - 1).SelectMany(t => alphabet.Select(c => t + c)).ToList());
        }

        Assert.True(texts.Count > 1000);
        Assert.All(texts, text => Assert.Equal(text.Length > 0 && Slug.From(text) == text, Slug.IsValid(text)));
    }
}
