using HaiPhongUrban.Portal.Kernel.Downloads;
using System.IO.Compression;
using System.IO.Hashing;
using System.Text;

namespace HaiPhongUrban.Portal.Tests.Publishing.Downloads;

public sealed class ZipPackageTests
{
    private static readonly DateOnly Modified = new(2024, 5, 17);

    // Rows of a table as a sheet holds them: repetitive text, where the compression level shows.
    private static readonly string Large = LargeText();

    private static string LargeText()
    {
        var text = new StringBuilder();
        for (var i = 0; text.Length < 4 << 20; i++)
        {
            text.Append("<row><c><v>").Append(i).Append("</v></c><c t=\"inlineStr\"><is><t>Thửa ").Append(i % 977).Append("</t></is></c></row>");
        }

        return text.ToString();
    }

    private static byte[] Package(Stream? into = null, DateOnly? modified = null)
    {
        var output = into ?? new MemoryStream();
        var package = new ZipPackage(output, modified ?? Modified);
        package.Add("xl/worksheets/sheet1.xml", stream =>
        {
            // Streamed in pieces, as the sheet is written.
            var bytes = Encoding.UTF8.GetBytes(Large);
            for (var at = 0; at < bytes.Length; at += 10_000)
            {
                stream.Write(bytes, at, Math.Min(10_000, bytes.Length - at));
            }
        });
        package.Add("[Content_Types].xml", "<Types/>"u8);
        package.Add("tệp/Hải Phòng.xml", Encoding.UTF8.GetBytes("<w>Hải Phòng</w>"));
        package.Add("empty.xml", ReadOnlySpan<byte>.Empty);
        package.Finish();
        return output is MemoryStream memory ? memory.ToArray() : [];
    }

    [Fact]
    public void Reads_back_every_entry_in_order_with_its_content()
    {
        var entries = XlsxReadBack.Entries(Package());

        Assert.Equal(["xl/worksheets/sheet1.xml", "[Content_Types].xml", "tệp/Hải Phòng.xml", "empty.xml"], entries.Select(e => e.Name));
        Assert.Equal([Large, "<Types/>", "<w>Hải Phòng</w>", ""], entries.Select(e => e.Text));
    }

    [Fact]
    public void Records_each_entry_s_checksum_and_sizes_as_a_zip_reader_checks_them()
    {
        using var zip = new ZipArchive(new MemoryStream(Package()), ZipArchiveMode.Read);
        var sheet = zip.GetEntry("xl/worksheets/sheet1.xml")!;
        var bytes = Encoding.UTF8.GetBytes(Large);

        Assert.Equal(Crc32.HashToUInt32(bytes), sheet.Crc32);
        Assert.Equal(bytes.Length, sheet.Length);
        Assert.True(sheet.CompressedLength < bytes.Length / 5, $"{sheet.CompressedLength} of {bytes.Length}");
    }

    [Fact]
    public void Deflates_at_level_5_which_packs_rows_tighter_than_Fastest()
    {
        using var zip = new ZipArchive(new MemoryStream(Package()), ZipArchiveMode.Read);
        var compressed = zip.GetEntry("xl/worksheets/sheet1.xml")!.CompressedLength;

        Assert.Equal(Deflated(Large, new ZLibCompressionOptions { CompressionLevel = ZipPackage.CompressionLevel }), compressed);
        // The levels must differ, or the test could not tell them apart.
        Assert.True(Deflated(Large, new ZLibCompressionOptions { CompressionLevel = 1 }) > 1.1 * compressed);
    }

    private static long Deflated(string text, ZLibCompressionOptions options)
    {
        var output = new MemoryStream();
        using (var deflate = new DeflateStream(output, options, leaveOpen: true))
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            for (var at = 0; at < bytes.Length; at += 10_000)
            {
                deflate.Write(bytes, at, Math.Min(10_000, bytes.Length - at));
            }
        }

        return output.Length;
    }

    [Fact]
    public void Gives_every_entry_the_modified_date_at_midnight()
    {
        var entries = XlsxReadBack.Entries(Package());

        Assert.All(entries, e => Assert.Equal(new DateTime(2024, 5, 17, 0, 0, 0), e.LastWriteTime.DateTime));
    }

    [Fact]
    public void Gives_identical_bytes_on_a_later_run_and_other_bytes_for_another_date()
    {
        var first = Package();
        // Past the two-second resolution of a zip entry's time.
        Thread.Sleep(TimeSpan.FromSeconds(2.1));

        Assert.Equal(first, Package());
        Assert.NotEqual(first, Package(modified: Modified.AddDays(1)));
    }

    [Fact]
    public void Writes_to_a_stream_that_cannot_seek_the_same_bytes_as_to_memory()
    {
        var unseekable = new UnseekableStream();

        Package(unseekable);

        Assert.Equal(Package(), unseekable.Bytes.ToArray());
    }

    [Fact]
    public void Marks_only_a_name_that_is_not_ASCII_as_UTF_8()
    {
        var bytes = Package();
        var flags = LocalHeaders(bytes).ToDictionary(h => h.Name, h => h.Flags);

        Assert.Equal(1 << 3, flags["[Content_Types].xml"]);
        Assert.Equal((1 << 3) | (1 << 11), flags["tệp/Hải Phòng.xml"]);
    }

    /// <summary>Each local header's name and flags, found by its signature (the test names hold no "PK\u0003\u0004").</summary>
    private static IEnumerable<(string Name, int Flags)> LocalHeaders(byte[] zip)
    {
        for (var start = 0; zip.AsSpan(start).IndexOf("PK\u0003\u0004"u8) is var at and >= 0; start += at + 4)
        {
            var header = start + at;
            var nameLength = BitConverter.ToUInt16(zip, header + 26);
            yield return (Encoding.UTF8.GetString(zip, header + 30, nameLength), BitConverter.ToUInt16(zip, header + 6));
        }
    }

    [Fact]
    public void Refuses_a_second_entry_of_the_same_name_and_an_entry_after_the_end()
    {
        var package = new ZipPackage(new MemoryStream(), Modified);
        package.Add("a.xml", "<a/>"u8);

        Assert.Throws<InvalidOperationException>(() => package.Add("a.xml", "<b/>"u8));
        package.Finish();
        Assert.Throws<InvalidOperationException>(() => package.Add("b.xml", "<b/>"u8));
    }

    [Theory]
    [InlineData(1979, 12, 31, 1980, 1, 1)]
    [InlineData(1, 1, 1, 1980, 1, 1)]
    [InlineData(2108, 1, 1, 2107, 12, 31)]
    [InlineData(1980, 1, 1, 1980, 1, 1)]
    public void Dates_its_entries_with_the_nearest_day_a_zip_can_hold(int year, int month, int day, int zipYear, int zipMonth, int zipDay)
    {
        var output = new MemoryStream();
        var package = new ZipPackage(output, new DateOnly(year, month, day));
        package.Add("a.xml", "<a/>"u8);
        package.Finish();

        var entry = Assert.Single(XlsxReadBack.Entries(output.ToArray()));
        Assert.Equal(new DateTime(zipYear, zipMonth, zipDay), entry.LastWriteTime.DateTime);
    }

    private sealed class UnseekableStream : Stream
    {
        public MemoryStream Bytes { get; } = new();

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => Bytes.Write(buffer, offset, count);
    }
}
