using System.Text;
using HaiPhongUrban.Portal.Diagnostics;
using HaiPhongUrban.Portal.Loading;

namespace HaiPhongUrban.Portal.Tests.Loading;

public sealed class ReadTextFileTests
{
    [Fact]
    public void Invalid_utf8_is_reported_at_the_line_and_column_of_the_first_bad_byte()
    {
        var bytes = Encoding.UTF8.GetBytes("title: ok\nname: Hải").Concat(new byte[] { 0xE0, 0x20 }).ToArray();
        var diagnostics = new DiagnosticBag();

        Assert.Null(ReadTextFile.Decode("/c/x.yml", bytes, diagnostics));
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(new SourceLocation("/c/x.yml", 2, 10), error.Location);
        Assert.Equal(Messages.NotUtf8, error.Message);
    }

    [Fact]
    public void Utf16_is_refused_with_its_own_message()
    {
        var diagnostics = new DiagnosticBag();

        Assert.Null(ReadTextFile.Decode("/c/x.yml", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("a: b")).ToArray(), diagnostics));
        Assert.Equal(Messages.Utf16, Assert.Single(diagnostics.Sorted()).Message);
    }

    [Fact]
    public void A_utf8_byte_order_mark_is_accepted_and_dropped()
    {
        var diagnostics = new DiagnosticBag();

        Assert.Equal("đô thị", ReadTextFile.Decode("/c/x.yml", Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("đô thị")).ToArray(), diagnostics));
        Assert.False(diagnostics.HasErrors);
    }
}
