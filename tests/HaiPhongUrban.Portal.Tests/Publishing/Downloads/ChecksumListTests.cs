using HaiPhongUrban.Portal.Kernel.Downloads;
using HaiPhongUrban.Portal.Tests.Publishing.Catalogues;
using System.Text;

namespace HaiPhongUrban.Portal.Tests.Publishing.Downloads;

public sealed class ChecksumListTests
{
    private static readonly string HashA = new('a', 64);
    private static readonly string HashB = new string('0', 63) + "b";

    private static (string Url, string Sha256) File(string url, string sha256) => (url, sha256);

    [Fact]
    public void Every_line_is_hash_two_spaces_and_the_path_from_the_output_root_sorted_by_path()
    {
        var downloads = SampleCatalogue.AllDownloads(SampleCatalogue.All()).Select(d => (d.Url, d.Sha256)).ToList();

        var text = Encoding.UTF8.GetString(ChecksumList.Serialise(Enumerable.Reverse(downloads)));

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
    public void In_a_folder_every_path_is_the_bare_name_from_that_folder()
    {
        var text = Encoding.UTF8.GetString(ChecksumList.Serialise([File("/du-lieu/a/b.csv", HashA), File("/du-lieu/a/datapackage.json", HashB)], "/du-lieu/a/"));

        Assert.Equal($"{HashA}  b.csv\n{HashB}  datapackage.json\n", text);
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
    [InlineData("/du-lieu/a/SHA256SUMS", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")] // a list never holds a list
    public void What_sha256sum_could_not_check_is_refused(string url, string sha256) =>
        Assert.Throws<ArgumentException>(() => ChecksumList.Serialise([File(url, sha256)]));

    [Fact]
    public void Names_sha256sum_must_escape_are_escaped_as_it_reads_them_and_others_written_as_they_are()
    {
        // A plan's dossier file is named by staff: accents, spaces, even a backslash or a line break.
        string[] names = ["Quyết định 123.pdf", @"a\b.pdf", "dòng\nhai.pdf", "c\rd.pdf"];
        var folder = Directory.CreateTempSubdirectory("checksums-").FullName;
        try
        {
            foreach (var name in names)
            {
                System.IO.File.WriteAllText(System.IO.Path.Combine(folder, name), name);
            }

            var list = ChecksumList.Serialise(names.Select(n => File("/" + n, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(n))))));
            System.IO.File.WriteAllBytes(System.IO.Path.Combine(folder, ChecksumList.FileName), list);

            var text = Encoding.UTF8.GetString(list);
            Assert.Contains("  Quyết định 123.pdf\n", text, StringComparison.Ordinal);
            Assert.Contains(@"  a\\b.pdf", text, StringComparison.Ordinal);
            Assert.Contains(@"  dòng\nhai.pdf", text, StringComparison.Ordinal);
            var check = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("sha256sum", "--check --strict SHA256SUMS") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true })!;
            var output = check.StandardOutput.ReadToEnd() + check.StandardError.ReadToEnd();
            check.WaitForExit();
            Assert.True(check.ExitCode == 0, output);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("/du-lieu/b/x.csv")]
    [InlineData("/du-lieu/a/")]
    public void A_file_outside_the_folder_of_the_list_is_refused(string url) =>
        Assert.Throws<ArgumentException>(() => ChecksumList.Serialise([File(url, HashA)], "/du-lieu/a/"));

    [Fact]
    public void A_file_listed_with_two_checksums_is_refused() =>
        Assert.Throws<ArgumentException>(() => ChecksumList.Serialise([File("/x.csv", HashA), File("/x.csv", HashB)]));
}
