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
    public void Only_slugs_are_valid_ids(string id, bool valid) =>
        Assert.Equal(valid, Slug.IsValid(id));
}
