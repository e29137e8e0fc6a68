using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Kernel.Files;
using System.Text;

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

    [Fact]
    public void Decomposed_text_is_composed_with_a_warning_at_its_first_line()
    {
        var diagnostics = new DiagnosticBag();
        var text = "title: ok\nname: " + "Hải Phòng".Normalize(NormalizationForm.FormD) + "\n";

        Assert.Equal("title: ok\nname: Hải Phòng\n", ReadTextFile.Decode("/c/x.yml", Encoding.UTF8.GetBytes(text), diagnostics));
        var warning = Assert.Single(diagnostics.Sorted());
        Assert.Equal((Severity.Warning, Messages.Decomposed, new SourceLocation("/c/x.yml", 2, 8)), (warning.Severity, warning.Message, warning.Location));
    }

    [Fact]
    public void Decomposed_official_text_is_an_error_and_never_converted()
    {
        var diagnostics = new DiagnosticBag();

        Assert.Null(ReadTextFile.Decode("/c/ket-luan.yml", Encoding.UTF8.GetBytes("text: " + "Thành ủy".Normalize(NormalizationForm.FormD)), diagnostics, officialText: true));
        Assert.Equal(Messages.DecomposedOfficialText, Assert.Single(diagnostics.Sorted()).Message);
    }

    [Fact]
    public void A_control_character_is_refused_at_its_place()
    {
        var diagnostics = new DiagnosticBag();

        Assert.Null(ReadTextFile.Decode("/c/x.yml", Encoding.UTF8.GetBytes("a: b\nc: d\0e"), diagnostics));
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal((Messages.ControlCharacter, new SourceLocation("/c/x.yml", 2, 5)), (error.Message, error.Location));
        Assert.Equal("0000", error.Arguments[0]);
    }

    [Fact]
    public void A_file_over_the_limit_for_its_kind_is_not_read()
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".liquid");
        File.WriteAllText(path, new string('x', (int)FileSizeLimits.Template + 1));
        try
        {
            var diagnostics = new DiagnosticBag();

            Assert.Null(ReadTextFile.Read(path, diagnostics));
            var error = Assert.Single(diagnostics.Sorted());
            Assert.Equal(Messages.FileTooLarge, error.Message);
            Assert.Equal(["1", "1", "Liquid"], error.Arguments);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Latin_and_precomposed_vietnamese_letters_are_composed_text_without_asking_icu()
    {
        var plain = Enumerable.Range(0, 0x300).Concat(Enumerable.Range(0x1E00, 0x100)).Select(c => (char)c).ToList();

        // Each alone, and each followed by every third of them, is already NFC: composing never touches them.
        Assert.All(plain, c => Assert.True(c.ToString().IsNormalized(NormalizationForm.FormC), $"U+{(int)c:X4}"));
        foreach (var first in plain)
        {
            for (var second = 0; second < plain.Count; second += 3)
            {
                Assert.True(string.Concat(first, plain[second]).IsNormalized(NormalizationForm.FormC), $"U+{(int)first:X4} U+{(int)plain[second]:X4}");
            }
        }

        Assert.True(ReadTextFile.PlainlyComposed("Quy hoạch chung đô thị Hải Phòng, ĐỒNG THUẬN"));
        Assert.False(ReadTextFile.PlainlyComposed("Quy hoa\u0323ch"));
        Assert.False(ReadTextFile.PlainlyComposed("\u212B ngoài"));
    }
}
