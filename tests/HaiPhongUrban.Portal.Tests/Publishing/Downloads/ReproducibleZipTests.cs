using HaiPhongUrban.Portal.Kernel.Downloads;
using System.IO.Compression;
using System.Text;

namespace HaiPhongUrban.Portal.Tests.Publishing.Downloads;

public sealed class ReproducibleZipTests
{
    private static readonly DateOnly Modified = new(2024, 5, 17);

    private const string Core =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><cp:coreProperties xmlns:cp=\"x\" xmlns:dcterms=\"y\" xmlns:xsi=\"z\">" +
        "<dcterms:created xsi:type=\"dcterms:W3CDTF\">{0}</dcterms:created>" +
        "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">{0}</dcterms:modified></cp:coreProperties>";

    private static byte[] Zip(DateTimeOffset time, params (string Name, string Text)[] entries)
    {
        var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
                entry.LastWriteTime = time;
                using var stream = entry.Open();
                stream.Write(Encoding.UTF8.GetBytes(text));
            }
        }

        return output.ToArray();
    }

    private static byte[] Rewrite(byte[] zip)
    {
        var output = new MemoryStream();
        ReproducibleZip.Rewrite(new MemoryStream(zip), output, Modified);
        return output.ToArray();
    }

    private static byte[] SampleMadeAt(DateTimeOffset time) => Zip(
        time,
        ("[Content_Types].xml", "<Types/>"),
        ("xl/workbook.xml", "<workbook>Hải Phòng</workbook>"),
        (ReproducibleZip.CorePropertiesPath, string.Format(Core, time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ"))),
        ("a/last.xml", "<z/>"));

    [Fact]
    public void Compresses_every_entry_small_however_large()
    {
        // Rows of a table as a sheet holds them: repetitive text, which Optimal packs clearly tighter than Fastest.
        var text = new StringBuilder();
        for (var i = 0; text.Length < 16 << 20; i++)
        {
            text.Append("<row><c><v>").Append(i).Append("</v></c><c t=\"inlineStr\"><is><t>Thửa ").Append(i % 977).Append("</t></is></c></row>");
        }

        var large = text.ToString();
        var small = large[..(1 << 20)];
        var rewritten = new MemoryStream(Rewrite(Zip(DateTimeOffset.Now, ("large.xml", large), ("small.xml", small))));

        using var zip = new ZipArchive(rewritten, ZipArchiveMode.Read);
        AssertNear(Deflated(large, CompressionLevel.Optimal), zip.GetEntry("large.xml")!.CompressedLength);
        AssertNear(Deflated(small, CompressionLevel.Optimal), zip.GetEntry("small.xml")!.CompressedLength);

        // The two levels must differ by more than the margin, or the test could not tell them apart.
        Assert.True(Deflated(small, CompressionLevel.Fastest) > 1.1 * Deflated(small, CompressionLevel.Optimal));
    }

    private static void AssertNear(long expected, long actual) => Assert.InRange((double)actual, expected * 0.98, expected * 1.02);

    /// <summary>The compressed size of <paramref name="text"/> at <paramref name="level"/>, a little off with other write sizes.</summary>
    private static long Deflated(string text, CompressionLevel level)
    {
        var output = new MemoryStream();
        using (var deflate = new DeflateStream(output, level, leaveOpen: true))
        {
            deflate.Write(Encoding.UTF8.GetBytes(text));
        }

        return output.Length;
    }

    [Fact]
    public void Edits_the_named_entries_and_copies_the_others_as_they_are()
    {
        var output = new MemoryStream();
        var edits = new Dictionary<string, Func<string, string>> { ["xl/workbook.xml"] = text => text.Replace("Hải Phòng", "Hà Nội") };

        ReproducibleZip.Rewrite(new MemoryStream(SampleMadeAt(DateTimeOffset.Now)), output, Modified, edits);

        var entries = XlsxReadBack.Entries(output.ToArray());
        Assert.Equal("<workbook>Hà Nội</workbook>", entries.Single(e => e.Name == "xl/workbook.xml").Text);
        Assert.Equal("<z/>", entries.Single(e => e.Name == "a/last.xml").Text);
    }

    [Fact]
    public void Keeps_every_entry_in_order_with_its_content()
    {
        var source = XlsxReadBack.Entries(SampleMadeAt(DateTimeOffset.Now));

        var copy = XlsxReadBack.Entries(Rewrite(SampleMadeAt(DateTimeOffset.Now)));

        Assert.Equal(source.Select(e => e.Name), copy.Select(e => e.Name));
        Assert.Equal(
            source.Where(e => e.Name != ReproducibleZip.CorePropertiesPath).Select(e => e.Text),
            copy.Where(e => e.Name != ReproducibleZip.CorePropertiesPath).Select(e => e.Text));
    }

    [Fact]
    public void Gives_every_entry_the_modified_date_at_midnight()
    {
        var copy = XlsxReadBack.Entries(Rewrite(SampleMadeAt(new DateTimeOffset(2031, 8, 9, 13, 14, 16, TimeSpan.FromHours(7)))));

        Assert.All(copy, e => Assert.Equal(new DateTime(2024, 5, 17, 0, 0, 0), e.LastWriteTime.DateTime));
    }

    [Fact]
    public void Puts_the_modified_date_in_the_core_properties()
    {
        var copy = Rewrite(SampleMadeAt(new DateTimeOffset(2031, 8, 9, 13, 14, 16, TimeSpan.Zero)));

        Assert.Equal(string.Format(Core, "2024-05-17T00:00:00Z"), XlsxReadBack.EntryText(copy, ReproducibleZip.CorePropertiesPath));
    }

    [Fact]
    public void Gives_identical_bytes_whenever_the_source_was_made()
    {
        var morning = Rewrite(SampleMadeAt(new DateTimeOffset(2030, 1, 2, 8, 0, 0, TimeSpan.Zero)));
        var evening = Rewrite(SampleMadeAt(new DateTimeOffset(2031, 8, 9, 23, 59, 58, TimeSpan.FromHours(-8))));

        Assert.Equal(morning, evening);
    }
}
