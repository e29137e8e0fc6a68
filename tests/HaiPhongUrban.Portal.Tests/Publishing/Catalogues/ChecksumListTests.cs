using HaiPhongUrban.Portal.Sections.Datasets.Publishing;
using HaiPhongUrban.Portal.Kernel.Catalogues;
using HaiPhongUrban.Portal.Sections.Datasets.Model;
using System.Text;

namespace HaiPhongUrban.Portal.Tests.Publishing.Catalogues;

public sealed class ChecksumListTests
{
    private static readonly string HashA = new('a', 64);
    private static readonly string HashB = new string('0', 63) + "b";

    private static Download File(string url, string sha256) => new(DownloadFormat.Csv, url, "text/csv", 1, sha256);

    [Fact]
    public void Every_line_is_hash_two_spaces_and_the_path_from_the_output_root_sorted_by_path()
    {
        var downloads = SampleCatalogue.AllDownloads(SampleCatalogue.All());

        var text = Encoding.UTF8.GetString(ChecksumList.Serialise(downloads.Reverse()));

        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', text);
        var lines = text[..^1].Split('\n');
        Assert.Equal(downloads.Count, lines.Length);
        Assert.All(lines, line => Assert.Matches("^[0-9a-f]{64}  du-lieu/[a-z0-9./-]+$", line));
        var paths = lines.Select(line => line[66..]).ToList();
        Assert.Equal(paths.Order(StringComparer.Ordinal), paths);
        Assert.Contains($"{downloads[0].Sha256}  du-lieu/nhiem-vu/nhom-nhiem-vu.csv", lines);
    }

    [Fact]
    public void Sorting_is_ordinal_not_cultural()
    {
        var text = Encoding.UTF8.GetString(ChecksumList.Serialise([File("/b.csv", HashA), File("/B.csv", HashA), File("/a-b.csv", HashA), File("/a.csv", HashA)]));

        Assert.Equal($"{HashA}  B.csv\n{HashA}  a-b.csv\n{HashA}  a.csv\n{HashA}  b.csv\n", text);
    }

    [Fact]
    public void A_file_listed_twice_with_the_same_checksum_is_written_once() =>
        Assert.Equal($"{HashA}  x.csv\n", Encoding.UTF8.GetString(ChecksumList.Serialise([File("/x.csv", HashA), File("/x.csv", HashA)])));

    [Theory]
    [InlineData("/x.csv", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("/x.csv", "abc")]
    [InlineData("x.csv", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    [InlineData("/du-lieu/", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    [InlineData("/a\\b.csv", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public void What_sha256sum_could_not_check_is_refused(string url, string sha256) =>
        Assert.Throws<ArgumentException>(() => ChecksumList.Serialise([File(url, sha256)]));

    [Fact]
    public void A_file_listed_with_two_checksums_is_refused() =>
        Assert.Throws<ArgumentException>(() => ChecksumList.Serialise([File("/x.csv", HashA), File("/x.csv", HashB)]));
}
